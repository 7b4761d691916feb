import { useState } from 'react';
import { Button, Checkbox, DatePicker, Flex } from 'antd';
import type { Dayjs } from 'dayjs';
import { FileExcelOutlined, UploadOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useMe } from '../../../app/auth/context';
import { hasPermission } from '../../../app/auth/permissions';
import { ledgerUrl } from './api';
import type { LedgerFilters, LedgerKind } from './api';
import { LedgerImportModal } from './LedgerImportModal';

type Props = {
  kind: LedgerKind;
  /** The list's filters that the ledger export also takes. */
  filters: LedgerFilters;
  /** After an import stored something, so the list re-reads. */
  onImported: () => void;
};

/** Import of an existing ledger (for those who may write) and export of the list's ledger as .xlsx. */
export function LedgerButtons({ kind, filters, onImported }: Props) {
  const { t } = useTranslation();
  const me = useMe();
  const canImport = hasPermission(me, 'tracing.manage');
  // Full identifiers are offered only to those who may read them; the server checks again and audits.
  const canUnmask = hasPermission(me, 'registry.read_full');
  const [unmasked, setUnmasked] = useState(false);
  const [importing, setImporting] = useState(false);
  // Local days, inclusive: cases by the day they were found, contacts by the day they were identified.
  const [days, setDays] = useState<[Dayjs | null, Dayjs | null] | null>(null);
  const range = {
    ...(days?.[0] ? { from: days[0].format('YYYY-MM-DD') } : {}),
    ...(days?.[1] ? { to: days[1].format('YYYY-MM-DD') } : {}),
  };

  return (
    <Flex wrap gap={8} align="center">
      {canImport && (
        <Button icon={<UploadOutlined />} onClick={() => setImporting(true)} data-testid={`${kind}-import`}>
          {t('tracing.ledger.import')}
        </Button>
      )}
      <DatePicker.RangePicker
        value={days}
        onChange={setDays}
        allowEmpty={[true, true]}
        placeholder={[t('tracing.ledger.from'), t('tracing.ledger.to')]}
        data-testid={`${kind}-export-days`}
      />
      {canUnmask && (
        <Checkbox checked={unmasked} onChange={(event) => setUnmasked(event.target.checked)}>
          {t('tracing.ledger.unmasked')}
        </Checkbox>
      )}
      {/* A plain link: the browser fetches the .xlsx with the session cookie and saves it. */}
      <Button
        icon={<FileExcelOutlined />}
        href={ledgerUrl(kind, { ...filters, ...range }, canUnmask && unmasked)}
        download
        data-testid={`${kind}-export`}
      >
        {t('tracing.ledger.export')}
      </Button>
      {canImport && (
        <LedgerImportModal kind={kind} open={importing} onClose={() => setImporting(false)} onImported={onImported} />
      )}
    </Flex>
  );
}
