import { useState } from 'react';
import { Button, DatePicker, Flex, Form, Input, Select, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { FormModal } from '../../../app/components/FormModal';
import { formatDateTime } from '../../../app/format';
import { useFetch } from '../../../app/hooks/useFetch';
import { usePagedQuery } from '../../../app/hooks/usePagedQuery';
import {
  type ClosedHousehold,
  fetchClosedAreas,
  fetchHouseholdsPage,
  type HouseholdFilters,
  type IssuedPass,
  issuePass,
} from './api';
import { PassCard } from './PassCard';

type Member = { id: number; name: string };

/** The quota of a household in words ("1 person out every 2 days, at most 2 h each time"). */
export function useQuotaText() {
  const { t } = useTranslation();
  return (quota: ClosedHousehold['quota']) =>
    t('passes.quota', { persons: quota.persons, everyDays: quota.everyDays, hours: quota.maxHoursOut });
}

function IssueModal({
  member,
  onClose,
  onIssued,
}: {
  member: Member | null;
  onClose: () => void;
  onIssued: (issued: IssuedPass) => void;
}) {
  const { t } = useTranslation();
  return (
    <FormModal<{ validFrom?: Dayjs }>
      open={member !== null}
      title={t('passes.issue.title', { name: member?.name ?? '' })}
      onClose={onClose}
      onSubmit={async ({ validFrom }) => {
        if (!member) return;
        onIssued(
          await issuePass({ residentId: member.id, ...(validFrom ? { validFrom: validFrom.toISOString() } : {}) }),
        );
      }}
      okText={t('passes.issue.submit')}
      okTestId="issue-submit"
    >
      <Form.Item name="validFrom" label={t('passes.issue.validFrom')} extra={t('passes.issue.validFromHint')}>
        <DatePicker showTime={{ format: 'HH:mm' }} format="YYYY-MM-DD HH:mm" style={{ width: '100%' }} />
      </Form.Item>
    </FormModal>
  );
}

/** Households of closed areas in the jurisdiction; a member's name issues them a pass within the quota. */
export function IssueView() {
  const { t } = useTranslation();
  const quotaText = useQuotaText();
  const areas = useFetch(fetchClosedAreas);
  const { filters, setFilters, tableProps, reload } = usePagedQuery<HouseholdFilters, ClosedHousehold>(
    fetchHouseholdsPage,
    {},
  );
  const [member, setMember] = useState<Member | null>(null);
  const [issued, setIssued] = useState<IssuedPass | null>(null);

  const columns: ColumnsType<ClosedHousehold> = [
    { title: t('passes.household.address'), dataIndex: 'address' },
    {
      title: t('passes.household.area'),
      key: 'area',
      render: (_, h) => (
        <>
          {h.area.name} <Tag color={h.closure === 'sealed' ? 'red' : 'orange'}>{t(`passes.closure.${h.closure}`)}</Tag>
        </>
      ),
    },
    {
      title: t('passes.household.quota'),
      key: 'quota',
      render: (_, h) => (
        <Flex vertical>
          <Typography.Text style={{ fontSize: 12 }}>{quotaText(h.quota)}</Typography.Text>
          {h.nextAt ? (
            <Tag color="orange">{t('passes.household.nextAt', { time: formatDateTime(h.nextAt).slice(0, 16) })}</Tag>
          ) : (
            <Tag color="green">{t('passes.household.available')}</Tag>
          )}
        </Flex>
      ),
    },
    {
      title: t('passes.household.members'),
      key: 'members',
      render: (_, h) => (
        <Flex wrap gap={4}>
          {h.members.map((m) => (
            <Button
              key={m.id}
              size="small"
              disabled={h.nextAt !== null}
              onClick={() => setMember(m)}
              data-testid={`issue-${m.id}`}
            >
              {m.name}
            </Button>
          ))}
        </Flex>
      ),
    },
  ];

  return (
    <>
      <Flex wrap gap={8} style={{ marginBottom: 16 }}>
        <Select
          allowClear
          style={{ minWidth: 240 }}
          placeholder={t('passes.household.allAreas')}
          value={filters.areaId}
          onChange={(areaId?: number) => setFilters({ ...filters, areaId })}
          options={(areas.data ?? []).map((a) => ({
            value: a.id,
            label: `${a.name}（${t(`passes.closure.${a.closure}`)}，${a.households}）`,
          }))}
          data-testid="household-area"
        />
        <Input.Search
          allowClear
          style={{ maxWidth: 280 }}
          placeholder={t('passes.household.search')}
          onSearch={(q) => setFilters({ ...filters, q: q.trim() || undefined })}
        />
      </Flex>
      <Table<ClosedHousehold>
        {...tableProps}
        rowKey="id"
        size="small"
        columns={columns}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: t('passes.household.empty') }}
        data-testid="household-table"
      />
      <IssueModal
        member={member}
        onClose={() => setMember(null)}
        onIssued={(pass) => {
          setMember(null);
          setIssued(pass);
          reload();
        }}
      />
      {issued && <PassCard pass={issued.pass} token={issued.token} onClose={() => setIssued(null)} />}
    </>
  );
}
