import { useCallback } from 'react';
import { Drawer, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useFetch } from '../../../app/hooks/useFetch';
import { fetchEnterprise } from './api';
import { LedgerForm } from './LedgerForm';
import { ResumptionCard } from './ResumptionCard';

type Props = { placeId: number | null; onClose: () => void; onChanged: () => void };

function EnterpriseDetails({ placeId, onChanged }: { placeId: number; onChanged: () => void }) {
  const { t } = useTranslation();
  const load = useCallback((signal: AbortSignal) => fetchEnterprise(placeId, signal), [placeId]);
  const { data, reload } = useFetch(load);
  if (!data) return null;
  const changed = () => {
    reload();
    onChanged();
  };
  return (
    <>
      <Typography.Title level={5}>{data.ledger.name}</Typography.Title>
      {!data.ledger.kept && <Typography.Paragraph type="secondary">{t('enterprises.notKept')}</Typography.Paragraph>}
      {data.members.length > 0 && (
        <Typography.Paragraph>
          {t('enterprises.field.members')}：{data.members.map((m) => m.displayName).join('、')}
        </Typography.Paragraph>
      )}
      <LedgerForm detail={data} onSaved={changed} />
      <ResumptionCard detail={data} onChanged={changed} />
    </>
  );
}

/** An enterprise's ledger, editable by those who keep it, with its resumption requests. */
export function EnterpriseDrawer({ placeId, onClose, onChanged }: Props) {
  const { t } = useTranslation();
  return (
    <Drawer
      open={placeId !== null}
      onClose={onClose}
      title={t('enterprises.edit')}
      size={560}
      styles={{ wrapper: { maxWidth: '100vw' } }}
      destroyOnHidden
    >
      {placeId !== null && <EnterpriseDetails key={placeId} placeId={placeId} onChanged={onChanged} />}
    </Drawer>
  );
}
