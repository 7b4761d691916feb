import { Card, Flex, Table, Typography } from 'antd';
import type { TableColumnsType, TableProps } from 'antd';
import type { HTMLAttributes } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { CardList } from '../../../app/components/CardList';
import { formatMinute } from '../../tracing/time';
import { ClassificationTag } from '../../tracing/vocabulary';
import type { AdmissionListItem } from '../api';
import { OutcomeTag, SeverityTag } from '../vocabulary';

type Props = { tableProps: TableProps<AdmissionListItem> };

const detailPath = (item: AdmissionListItem) => `/treatment/admissions/${item.id}`;

function useColumns(): TableColumnsType<AdmissionListItem> {
  const { t } = useTranslation();
  return [
    {
      key: 'patient',
      title: t('treatment.admission.patient'),
      fixed: 'left',
      render: (_, item) => (
        <Link to={detailPath(item)} data-testid={`admission-link-${item.id}`}>
          {item.case.name}
        </Link>
      ),
    },
    { key: 'code', title: t('treatment.admission.caseCode'), render: (_, item) => item.case.code },
    { key: 'idNumber', title: t('treatment.admission.idNumber'), render: (_, item) => item.case.idNumber },
    {
      key: 'classification',
      title: t('treatment.admission.classification'),
      render: (_, item) => <ClassificationTag classification={item.case.classification} />,
    },
    { key: 'hospital', title: t('treatment.admission.hospital'), render: (_, item) => item.hospital.name },
    {
      key: 'bedLevel',
      title: t('treatment.admission.bedLevel'),
      render: (_, item) => t(`treatment.bedLevels.${item.bedLevel}`),
    },
    {
      key: 'severity',
      title: t('treatment.admission.severity'),
      render: (_, item) => <SeverityTag severity={item.severity} />,
    },
    {
      key: 'admittedAt',
      title: t('treatment.admission.admittedAt'),
      render: (_, item) => formatMinute(item.admittedAt),
    },
    {
      key: 'outcome',
      title: t('treatment.admission.outcome'),
      render: (_, item) => <OutcomeTag outcome={item.outcome} />,
    },
    {
      key: 'dischargedAt',
      title: t('treatment.admission.dischargedAt'),
      render: (_, item) => (item.dischargedAt ? formatMinute(item.dischargedAt) : '—'),
    },
  ];
}

/** The admissions on a wide screen. */
export function AdmissionTable({ tableProps }: Props) {
  const { t } = useTranslation();
  return (
    <Table<AdmissionListItem>
      {...tableProps}
      rowKey="id"
      size="small"
      columns={useColumns()}
      scroll={{ x: 'max-content' }}
      locale={{ emptyText: t('treatment.admission.empty') }}
      onRow={(item) => ({ 'data-testid': `admission-row-${item.id}` }) as HTMLAttributes<HTMLElement>}
      data-testid="admission-table"
    />
  );
}

/** The admissions on a phone: one card a patient, with the same paging as the table. */
export function AdmissionCards({ tableProps }: Props) {
  const { t } = useTranslation();
  return (
    <CardList
      tableProps={tableProps}
      emptyText={t('treatment.admission.empty')}
      renderCard={(item) => (
        <Card
          size="small"
          style={{ width: '100%' }}
          title={<Link to={detailPath(item)}>{item.case.name}</Link>}
          extra={<OutcomeTag outcome={item.outcome} />}
          data-testid={`admission-card-${item.id}`}
        >
          <Flex vertical gap={6}>
            <Typography.Text>{`${item.case.code} · ${item.case.idNumber}`}</Typography.Text>
            <Flex gap={8} wrap align="center">
              <ClassificationTag classification={item.case.classification} />
              <SeverityTag severity={item.severity} />
              <Typography.Text>{t(`treatment.bedLevels.${item.bedLevel}`)}</Typography.Text>
            </Flex>
            <Typography.Text type="secondary">
              {`${item.hospital.name} · ${formatMinute(item.admittedAt)}`}
            </Typography.Text>
          </Flex>
        </Card>
      )}
      data-testid="admission-cards"
    />
  );
}
