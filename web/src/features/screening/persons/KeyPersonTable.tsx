import { Flex, Table, Typography } from 'antd';
import type { TableColumnsType, TableProps } from 'antd';
import type { HTMLAttributes } from 'react';
import { useTranslation } from 'react-i18next';
import { orDash } from '../../registry/orDash';
import { formatMinute } from '../../testing/time';
import type { KeyPerson } from '../api';
import { KeyPersonActions } from './KeyPersonActions';
import type { PersonActions } from './KeyPersonActions';
import { DueText, EscalationTag, GridText, StatusTag } from './tags';

type Props = PersonActions & { tableProps: TableProps<KeyPerson>; now: number };

/** Two lines in one cell: the value, and a smaller one under it. */
function TwoLines({ main, sub }: { main: string; sub: string | null }) {
  return (
    <Flex vertical>
      <span>{main}</span>
      {sub && (
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {sub}
        </Typography.Text>
      )}
    </Flex>
  );
}

/** The key persons on a wide screen, identifiers masked, the most urgent first. */
export function KeyPersonTable({ tableProps, now, ...actions }: Props) {
  const { t } = useTranslation();
  const columns: TableColumnsType<KeyPerson> = [
    {
      key: 'name',
      title: t('screening.person.name'),
      render: (_, p) => <Typography.Text strong>{p.name}</Typography.Text>,
    },
    { key: 'idNumber', title: t('screening.person.idNumber'), dataIndex: 'idNumber' },
    { key: 'phone', title: t('screening.person.phone'), render: (_, p) => orDash(p.phone) },
    {
      key: 'list',
      title: t('screening.person.list'),
      render: (_, p) => <TwoLines main={p.list.name} sub={t(`screening.sources.${p.list.source}`)} />,
    },
    {
      key: 'fromArea',
      title: t('screening.person.fromArea'),
      render: (_, p) => <TwoLines main={orDash(p.fromArea)} sub={p.arrivedAt && formatMinute(p.arrivedAt)} />,
    },
    { key: 'grid', title: t('screening.person.grid'), render: (_, p) => <GridText person={p} /> },
    { key: 'dueAt', title: t('screening.person.dueAt'), render: (_, p) => <DueText person={p} now={now} /> },
    {
      key: 'escalation',
      title: t('screening.person.escalation'),
      render: (_, p) => <EscalationTag escalation={p.escalation} />,
    },
    {
      key: 'status',
      title: t('screening.person.status'),
      render: (_, p) => (
        <Flex vertical align="start">
          <StatusTag status={p.status} />
          {p.outcome?.note && (
            <Typography.Text type="secondary" style={{ fontSize: 12, maxWidth: 200 }} ellipsis={{ tooltip: true }}>
              {p.outcome.note}
            </Typography.Text>
          )}
        </Flex>
      ),
    },
    {
      key: 'actions',
      title: t('common.actions'),
      render: (_, p) => <KeyPersonActions person={p} {...actions} />,
    },
  ];
  return (
    <Table<KeyPerson>
      {...tableProps}
      rowKey="id"
      size="small"
      columns={columns}
      scroll={{ x: 'max-content' }}
      locale={{ emptyText: <Typography.Text type="secondary">{t('screening.person.empty')}</Typography.Text> }}
      onRow={(p) => ({ 'data-testid': `key-person-row-${p.id}` }) as HTMLAttributes<HTMLElement>}
      data-testid="key-person-table"
    />
  );
}
