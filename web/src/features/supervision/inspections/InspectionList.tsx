import { Card, Flex, List, Select, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { usePagedQuery } from '../../../app/hooks/usePagedQuery';
import { formatMinute } from '../../tracing/time';
import { fetchInspectionsPage } from './api';
import type { InspectionListItem } from './api';
import { useKindLabel } from './tags';

const pathOf = (item: InspectionListItem) => `/supervision/inspections/${item.id}${item.submittedAt ? '' : '/run'}`;

/** The inspections the user sees, the latest check-in first; an open one leads back into the on-site flow. */
export function InspectionList() {
  const { t } = useTranslation();
  const kindLabel = useKindLabel();
  const { setFilters, tableProps } = usePagedQuery(fetchInspectionsPage, {});
  const paging = tableProps.pagination || {};
  return (
    <>
      <Select<'all' | 'open' | 'submitted'>
        style={{ width: 140, marginBottom: 12 }}
        defaultValue="all"
        onChange={(state) => setFilters(state === 'all' ? {} : { state })}
        options={[
          { value: 'all', label: t('supervision.tabs.inspections') },
          { value: 'open', label: t('supervision.inspection.open') },
          { value: 'submitted', label: t('supervision.inspection.submitted') },
        ]}
      />
      <List<InspectionListItem>
        dataSource={tableProps.dataSource ? [...tableProps.dataSource] : []}
        loading={tableProps.loading}
        rowKey="id"
        split={false}
        locale={{ emptyText: t('supervision.inspection.empty') }}
        renderItem={(item) => (
          <List.Item style={{ padding: '0 0 12px' }}>
            <Card
              size="small"
              style={{ width: '100%' }}
              title={<Link to={pathOf(item)}>{item.target.name}</Link>}
              extra={
                <Tag color={item.submittedAt ? 'green' : 'processing'}>
                  {t(item.submittedAt ? 'supervision.inspection.submitted' : 'supervision.inspection.open')}
                </Tag>
              }
              data-testid={`inspection-card-${item.id}`}
            >
              <Flex vertical gap={4}>
                <Typography.Text type="secondary">
                  {`${kindLabel(item.target.kind)} · ${item.plan ? item.plan.code : t('supervision.inspection.adHoc')}`}
                </Typography.Text>
                <Typography.Text>{`${item.inspector} · ${formatMinute(item.checkedInAt)}`}</Typography.Text>
                {item.findingCount > 0 && (
                  <Typography.Text type="danger">
                    {`${t('supervision.inspection.findings')} ${item.findingCount}`}
                  </Typography.Text>
                )}
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
    </>
  );
}
