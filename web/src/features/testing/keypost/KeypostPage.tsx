import { useState } from 'react';
import { Button, Card, Flex } from 'antd';
import { PlusOutlined, UserAddOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useMe } from '../../../app/auth/context';
import { hasPermission } from '../../../app/auth/permissions';
import { useFetch } from '../../../app/hooks/useFetch';
import { usePagedQuery } from '../../../app/hooks/usePagedQuery';
import { fetchKeypostGroups, fetchOverduePage } from './api';
import type { OverdueFilters } from './api';
import { CreateGroupModal } from './CreateGroupModal';
import { GroupTable } from './GroupTable';
import { OverdueList } from './OverdueList';
import { RegisterOutcomePanel } from './RegisterOutcomePanel';
import { RegisterWorkersModal } from './RegisterWorkersModal';
import type { RegisterOutcome } from './RegisterWorkersModal';

const EVERY_GROUP: OverdueFilters = {};

/**
 * 重点岗位人员: the groups of key-post workers tested on a schedule (every day, twice a week, every N days),
 * registering workers of a workplace, and those overdue for their next test.
 */
export function KeypostPage() {
  const { t } = useTranslation();
  const canManage = hasPermission(useMe(), 'testing.manage');
  const groups = useFetch(fetchKeypostGroups);
  const overdue = usePagedQuery(fetchOverduePage, EVERY_GROUP);
  const [creating, setCreating] = useState(false);
  const [registering, setRegistering] = useState(false);
  const [outcome, setOutcome] = useState<RegisterOutcome | null>(null);

  // Groups and registrations change the counts above and the overdue list below.
  const changed = () => {
    groups.reload();
    overdue.reload();
  };

  const actions = canManage && (
    <Flex gap={8}>
      <Button icon={<PlusOutlined />} onClick={() => setCreating(true)} data-testid="keypost-group-create">
        {t('testing.keypost.createGroup')}
      </Button>
      <Button
        type="primary"
        icon={<UserAddOutlined />}
        disabled={(groups.data ?? []).length === 0}
        onClick={() => setRegistering(true)}
        data-testid="keypost-register"
      >
        {t('testing.keypost.register')}
      </Button>
    </Flex>
  );

  return (
    <Flex vertical gap={16}>
      <Card type="inner" size="small" title={t('testing.keypost.groups')} extra={actions}>
        <Flex vertical gap={12}>
          <GroupTable
            groups={groups.data ?? []}
            loading={groups.loading}
            onShowOverdue={(group) => overdue.setFilters({ groupId: group.id })}
          />
          {outcome && <RegisterOutcomePanel outcome={outcome} />}
        </Flex>
      </Card>
      <Card type="inner" size="small" title={t('testing.keypost.overdue')}>
        <OverdueList
          groups={groups.data ?? []}
          filters={overdue.filters}
          onFilters={overdue.setFilters}
          tableProps={overdue.tableProps}
        />
      </Card>
      {canManage && (
        <>
          <CreateGroupModal
            open={creating}
            onClose={() => setCreating(false)}
            onCreated={() => {
              setCreating(false);
              changed();
            }}
          />
          <RegisterWorkersModal
            open={registering}
            groups={groups.data ?? []}
            onClose={() => setRegistering(false)}
            onRegistered={(next) => {
              setRegistering(false);
              setOutcome(next);
              changed();
            }}
          />
        </>
      )}
    </Flex>
  );
}
