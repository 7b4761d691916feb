import { useCallback } from 'react';
import type { ReactNode } from 'react';
import { Drawer, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useFetch } from '../../../app/hooks/useFetch';
import type { UnitNamespace } from './kinds';

export type UnitDrawerProps = { placeId: number | null; onClose: () => void; onChanged: () => void };

type Detail = { ledger: { name: string; kept: boolean } };

type Props<D extends Detail> = UnitDrawerProps & {
  ns: UnitNamespace;
  title: string;
  fetchDetail: (placeId: number, signal: AbortSignal) => Promise<D>;
  /** What the kind shows of the unit under its name; `changed` re-reads the unit and the list behind. */
  children: (detail: D, changed: () => void) => ReactNode;
};

function UnitDetails<D extends Detail>({
  ns,
  placeId,
  fetchDetail,
  onChanged,
  children,
}: Props<D> & { placeId: number }) {
  const { t } = useTranslation();
  const load = useCallback((signal: AbortSignal) => fetchDetail(placeId, signal), [fetchDetail, placeId]);
  const { data, reload } = useFetch(load);
  if (!data) return null;
  const changed = () => {
    reload();
    onChanged();
  };
  return (
    <>
      <Typography.Title level={5}>{data.ledger.name}</Typography.Title>
      {!data.ledger.kept && <Typography.Paragraph type="secondary">{t(`${ns}.notKept`)}</Typography.Paragraph>}
      {children(data, changed)}
    </>
  );
}

/** One unit's ledger in a drawer, read afresh for each unit opened. */
export function UnitDrawer<D extends Detail>(props: Props<D>) {
  const { placeId, onClose, title } = props;
  return (
    <Drawer
      open={placeId !== null}
      onClose={onClose}
      title={title}
      size={560}
      styles={{ wrapper: { maxWidth: '100vw' } }}
      destroyOnHidden
    >
      {placeId !== null && <UnitDetails key={placeId} {...props} placeId={placeId} />}
    </Drawer>
  );
}
