import { Card, Col, Row, Statistic, Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatMinute } from '../../tracing/time';
import type { Report } from '../orders/api';
import { OrderStatusTag } from '../orders/tags';

const countKeys = ['inspections', 'findings', 'fixedOnSpot', 'orders', 'closed', 'closedOnTime', 'overdue'] as const;

/** A report's figures, rates and lists, as on paper. */
export function ReportFigures({ report }: { report: Report }) {
  const { t } = useTranslation();
  const f = report.figures;
  const share = f.closedOnTimeShare === null ? '—' : `${(f.closedOnTimeShare * 100).toFixed(1)}%`;
  return (
    <>
      <Row gutter={[12, 12]}>
        {countKeys.map((key) => (
          <Col key={key} xs={12} md={6} lg={3}>
            <Statistic title={t(`rectification.report.figures.${key}`)} value={f[key]} data-testid={`report-${key}`} />
          </Col>
        ))}
        <Col xs={12} md={6} lg={3}>
          <Statistic
            title={t('rectification.report.figures.problemsPerInspection')}
            value={f.problemsPerInspection ?? '—'}
          />
        </Col>
        <Col xs={12} md={6} lg={3}>
          <Statistic title={t('rectification.report.figures.closedOnTimeShare')} value={share} />
        </Col>
      </Row>
      {report.team.length > 0 && (
        <p>
          {t('rectification.report.team')}：{report.team.join('、')}
        </p>
      )}
      <Card size="small" title={t('rectification.report.inspections')}>
        <Table
          rowKey="id"
          size="small"
          pagination={false}
          scroll={{ x: 'max-content' }}
          dataSource={report.inspections}
          columns={[
            { key: 'target', title: t('rectification.report.target'), dataIndex: 'target' },
            { key: 'inspector', title: t('rectification.report.inspector'), dataIndex: 'inspector' },
            {
              key: 'at',
              title: t('rectification.report.checkedInAt'),
              render: (_, i) => formatMinute(i.checkedInAt),
            },
            { key: 'findings', title: t('rectification.report.findings'), dataIndex: 'findings' },
          ]}
        />
      </Card>
      <Card size="small" title={t('rectification.report.orders')}>
        <Table
          rowKey="id"
          size="small"
          pagination={false}
          scroll={{ x: 'max-content' }}
          dataSource={report.orders}
          columns={[
            { key: 'number', title: t('rectification.list.number'), dataIndex: 'displayNumber' },
            { key: 'unit', title: t('rectification.list.unit'), dataIndex: 'unit' },
            { key: 'problem', title: t('rectification.list.problem'), dataIndex: 'problem' },
            {
              key: 'status',
              title: t('rectification.list.status'),
              render: (_, o) => <OrderStatusTag status={o.status} />,
            },
            { key: 'deadline', title: t('rectification.list.deadline'), render: (_, o) => formatMinute(o.deadline) },
            {
              key: 'onTime',
              title: t('rectification.report.onTime'),
              render: (_, o) =>
                o.onTime === null ? (
                  '—'
                ) : o.onTime ? (
                  <Tag color="green">{t('rectification.report.onTime')}</Tag>
                ) : (
                  <Tag color="red">{t('rectification.report.late')}</Tag>
                ),
            },
          ]}
        />
      </Card>
      {(report.inspections.length >= report.listLimit || report.orders.length >= report.listLimit) && (
        <p>{t('rectification.report.listLimit', { limit: report.listLimit })}</p>
      )}
    </>
  );
}
