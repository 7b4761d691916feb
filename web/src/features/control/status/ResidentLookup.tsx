import { App, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { useAction } from '../../../app/hooks/useAction';
import { fetchResidentsPage } from '../../registry/api';

/** Finds a resident of the jurisdiction by ID number and opens their health status. */
export function ResidentLookup({ onFound }: { onFound: (residentId: number) => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { run, busy } = useAction();
  const search = (idNumber: string) =>
    void run(async () => {
      const found = await fetchResidentsPage(
        { idNumber: idNumber.trim(), page: 1, pageSize: 1 },
        new AbortController().signal,
      );
      const resident = found.items[0];
      if (resident) onFound(resident.id);
      else void message.warning(t('healthStatus.lookup.notFound'));
    });
  return (
    <Input.Search
      placeholder={t('healthStatus.lookup.placeholder')}
      enterButton={t('healthStatus.lookup.search')}
      loading={busy}
      allowClear
      maxLength={18}
      onSearch={(value) => value.trim() && search(value)}
      style={{ maxWidth: 420 }}
      data-testid="status-lookup"
    />
  );
}
