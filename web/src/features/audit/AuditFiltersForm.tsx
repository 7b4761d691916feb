import { DatePicker, Form, Input } from 'antd';
import { FilterForm } from '../../app/components/FilterForm';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { dayBoundary } from '../../app/format';
import type { AuditFilters } from './api';

type Values = {
  username?: string;
  action?: string;
  entity?: string;
  entityId?: string;
  range?: [Dayjs | null, Dayjs | null] | null;
};

// Blank boxes mean "any", so they are left out of the query rather than sent empty.
const text = (value: string | undefined) => value?.trim() || undefined;

function toFilters({ username, action, entity, entityId, range }: Values): AuditFilters {
  const [from, to] = range ?? [];
  return {
    username: text(username),
    action: text(action),
    entity: text(entity),
    entityId: text(entityId),
    from: from ? dayBoundary(from, 'start') : undefined,
    to: to ? dayBoundary(to, 'end') : undefined,
  };
}

export function AuditFiltersForm({ onChange }: { onChange: (filters: AuditFilters) => void }) {
  const { t } = useTranslation();

  return (
    <FilterForm<Values, AuditFilters> name="auditFilters" toFilters={toFilters} cleared={{}} onChange={onChange}>
      <Form.Item name="username">
        <Input allowClear placeholder={t('audit.username')} />
      </Form.Item>
      <Form.Item name="action">
        <Input allowClear placeholder={t('audit.action')} />
      </Form.Item>
      <Form.Item name="entity">
        <Input allowClear placeholder={t('audit.entity')} />
      </Form.Item>
      <Form.Item name="entityId">
        <Input allowClear placeholder={t('audit.entityId')} />
      </Form.Item>
      <Form.Item name="range">
        <DatePicker.RangePicker allowEmpty={[true, true]} />
      </Form.Item>
    </FilterForm>
  );
}
