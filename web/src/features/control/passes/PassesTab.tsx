import { useState } from 'react';
import { Badge, Flex, Segmented } from 'antd';
import { useTranslation } from 'react-i18next';
import { useFetch } from '../../../app/hooks/useFetch';
import { fetchLatePasses } from './api';
import { IssueView } from './IssueView';
import { LateList } from './LateList';
import { PassList } from './PassList';

type View = 'issue' | 'list' | 'late';

/**
 * 通行证 for the grid worker: issue passes to households of closed areas within their quota (with a QR
 * code to print), list and revoke them, and follow up the late returns the gates flag.
 */
export function PassesTab() {
  const { t } = useTranslation();
  const [view, setView] = useState<View>('issue');
  const late = useFetch(fetchLatePasses);

  return (
    <Flex vertical gap={16}>
      <Segmented<View>
        value={view}
        onChange={setView}
        options={[
          { value: 'issue', label: <span data-testid="passes-view-issue">{t('passes.view.issue')}</span> },
          { value: 'list', label: <span data-testid="passes-view-list">{t('passes.view.list')}</span> },
          {
            value: 'late',
            label: (
              <span data-testid="passes-view-late">
                {t('passes.view.late')} <Badge count={late.data?.length ?? 0} size="small" />
              </span>
            ),
          },
        ]}
      />
      {view === 'issue' && <IssueView />}
      {view === 'list' && <PassList />}
      {view === 'late' && <LateList late={late} />}
    </Flex>
  );
}
