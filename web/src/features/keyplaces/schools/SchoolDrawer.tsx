import { useCallback } from 'react';
import { Drawer, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useFetch } from '../../../app/hooks/useFetch';
import { fetchSchool } from './api';
import { SamplingCard } from './SamplingCard';
import { ClassesForm, SchoolLedgerForm } from './SchoolForms';

function SchoolDetails({ placeId, onChanged }: { placeId: number; onChanged: () => void }) {
  const { t } = useTranslation();
  const load = useCallback((signal: AbortSignal) => fetchSchool(placeId, signal), [placeId]);
  const { data, reload } = useFetch(load);
  if (!data) return null;
  const changed = () => {
    reload();
    onChanged();
  };
  return (
    <>
      <Typography.Title level={5}>{data.ledger.name}</Typography.Title>
      {!data.ledger.kept && <Typography.Paragraph type="secondary">{t('schools.notKept')}</Typography.Paragraph>}
      <SchoolLedgerForm key={data.ledger.updatedAt} detail={data} onSaved={changed} />
      <ClassesForm key={`classes-${data.classList.length}-${data.ledger.updatedAt}`} detail={data} onSaved={changed} />
      <SamplingCard placeId={placeId} version={data.ledger.classes * 1000 + data.ledger.samplingPercent} />
    </>
  );
}

/** A school's ledger, classes and sampling schedule. */
export function SchoolDrawer({
  placeId,
  onClose,
  onChanged,
}: {
  placeId: number | null;
  onClose: () => void;
  onChanged: () => void;
}) {
  const { t } = useTranslation();
  return (
    <Drawer
      open={placeId !== null}
      onClose={onClose}
      title={t('schools.detail')}
      size={560}
      styles={{ wrapper: { maxWidth: '100vw' } }}
      destroyOnHidden
    >
      {placeId !== null && <SchoolDetails key={placeId} placeId={placeId} onChanged={onChanged} />}
    </Drawer>
  );
}
