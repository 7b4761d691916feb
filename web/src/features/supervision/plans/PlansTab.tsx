import { useState } from 'react';
import { Button, Card, Flex, List, Progress, Select, Tag, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { useMe } from '../../../app/auth/context';
import { hasPermission } from '../../../app/auth/permissions';
import { usePagedQuery } from '../../../app/hooks/usePagedQuery';
import { fetchPlansPage } from './api';
import type { PlanListItem, PlanStatus } from './api';
import { PlanDrawer } from './PlanDrawer';
import { PlanForm } from './PlanForm';
import { PlanStatusTag } from './PlanStatusTag';

/** The plans the user may see (an unannounced one never shows to the unit it aims at), newest first. */
export function PlansTab() {
  const { t } = useTranslation();
  const canInspect = hasPermission(useMe(), 'supervision.inspect');
  const { setFilters, tableProps, reload } = usePagedQuery(fetchPlansPage, {});
  const [creating, setCreating] = useState(false);
  // The open plan lives in the address, so a plan can be linked to and survives a reload.
  const [params, setParams] = useSearchParams();
  const openId = Number(params.get('plan')) || null;
  const open = (id: number | null) => setParams(id ? { plan: String(id) } : {});
  const { dataSource, loading, pagination } = tableProps;
  const paging = pagination || {};

  return (
    <>
      <Flex justify="space-between" gap={8} wrap style={{ marginBottom: 12 }}>
        <Select<PlanStatus | 'all'>
          style={{ width: 140 }}
          defaultValue="all"
          onChange={(status) => setFilters(status === 'all' ? {} : { status })}
          options={[
            { value: 'all', label: t('supervision.tabs.plans') },
            ...(['planned', 'done', 'cancelled'] as const).map((value) => ({
              value,
              label: t(`supervision.plan.statuses.${value}`),
            })),
          ]}
        />
        {canInspect && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)} data-testid="plan-new">
            {t('supervision.plan.new')}
          </Button>
        )}
      </Flex>
      <List<PlanListItem>
        dataSource={dataSource ? [...dataSource] : []}
        loading={loading}
        rowKey="id"
        split={false}
        locale={{ emptyText: t('supervision.plan.empty') }}
        renderItem={(plan) => (
          <List.Item style={{ padding: '0 0 12px' }}>
            <Card
              size="small"
              hoverable
              style={{ width: '100%' }}
              onClick={() => open(plan.id)}
              title={`${plan.code} ${plan.title}`}
              extra={<PlanStatusTag status={plan.status} />}
              data-testid={`plan-card-${plan.id}`}
            >
              <Flex vertical gap={4}>
                <Flex gap={8} wrap align="center">
                  {plan.unannounced && <Tag color="volcano">{t('supervision.plan.unannouncedTag')}</Tag>}
                  <Typography.Text>{`${plan.startsOn} ~ ${plan.endsOn}`}</Typography.Text>
                  <Typography.Text type="secondary">{plan.createdBy.name}</Typography.Text>
                </Flex>
                <Progress
                  percent={plan.targetCount ? Math.round((100 * plan.inspectedCount) / plan.targetCount) : 0}
                  format={() => t('supervision.plan.progress', { done: plan.inspectedCount, total: plan.targetCount })}
                  size="small"
                />
              </Flex>
            </Card>
          </List.Item>
        )}
        pagination={{
          current: paging.current,
          pageSize: paging.pageSize,
          total: paging.total,
          size: 'small',
          align: 'center',
          onChange: (current, pageSize) =>
            tableProps.onChange?.({ current, pageSize }, {}, {}, { action: 'paginate', currentDataSource: [] }),
        }}
      />
      {canInspect && (
        <PlanForm
          open={creating}
          onClose={() => setCreating(false)}
          onCreated={(plan) => {
            setCreating(false);
            reload();
            open(plan.id);
          }}
        />
      )}
      <PlanDrawer planId={openId} onClose={() => open(null)} onChanged={reload} />
    </>
  );
}
