import { useState } from 'react';
import { Button, Checkbox, Flex } from 'antd';
import { FileExcelOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useMe } from '../../../app/auth/context';
import { hasPermission } from '../../../app/auth/permissions';
import { useAction } from '../../../app/hooks/useAction';
import { useWatchedRun } from '../useWatchedRun';
import { fetchExport, startExport } from './api';
import type { ExportRequest } from './api';
import { ExportModal } from './ExportModal';

/** Exports what a list shows (its filters, all pages) to an .xlsx, watching the export until the file is ready. */
export function ExportButton({ request }: { request: ExportRequest }) {
  const { t } = useTranslation();
  // Full ID numbers and phones are offered only to those who may read them; the server checks again and audits.
  const canUnmask = hasPermission(useMe(), 'registry.read_full');
  const [unmasked, setUnmasked] = useState(false);
  const [open, setOpen] = useState(false);
  const { run: act, busy } = useAction();
  const { run, watch } = useWatchedRun(fetchExport);

  const start = () =>
    void act(async () => {
      watch(await startExport({ ...request, unmasked: canUnmask && unmasked }));
      setOpen(true);
    });

  return (
    <Flex wrap gap={8} align="center">
      {canUnmask && (
        <Checkbox checked={unmasked} onChange={(event) => setUnmasked(event.target.checked)}>
          {t('registry.export.unmasked')}
        </Checkbox>
      )}
      <Button icon={<FileExcelOutlined />} loading={busy} onClick={start} data-testid="export-start">
        {t('registry.export.start')}
      </Button>
      {/* Closing only hides the dialog: the export goes on, and the next one replaces it. */}
      <ExportModal open={open} run={run} onClose={() => setOpen(false)} />
    </Flex>
  );
}
