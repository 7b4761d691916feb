import { Form, Input, Select, Switch } from 'antd';
import { useTranslation } from 'react-i18next';
import { FilterForm } from '../../../app/components/FilterForm';
import { useFetch } from '../../../app/hooks/useFetch';
import { fetchRecentLists, keyPersonStatuses } from '../api';
import type { KeyPersonFilter, KeyPersonStatus } from '../api';
import { ESCALATION } from './tags';

type Values = {
  q?: string;
  listId?: number;
  status?: KeyPersonStatus;
  escalation?: number;
  overdue?: boolean;
  unassigned?: boolean;
};

// Switches off mean "any", so they are left out of the query rather than sent as false.
function toFilter({ q, overdue, unassigned, ...rest }: Values): KeyPersonFilter {
  return { ...rest, q: q?.trim() || undefined, overdue: overdue || undefined, gridId: unassigned ? 0 : undefined };
}

type Props = { initial: KeyPersonFilter; onChange: (filter: KeyPersonFilter) => void };

/** Narrows the key persons by list, status, level, overdue or waiting for a grid, and by name or number. */
export function KeyPersonFilterForm({ initial, onChange }: Props) {
  const { t } = useTranslation();
  const { data: lists } = useFetch(fetchRecentLists);
  return (
    <FilterForm<Values, KeyPersonFilter>
      name="keyPersonSearch"
      toFilters={toFilter}
      cleared={{}}
      onChange={onChange}
      submitTestId="key-person-search"
    >
      <Form.Item name="q" initialValue={initial.q}>
        <Input allowClear maxLength={40} placeholder={t('screening.filter.q')} style={{ width: 200 }} />
      </Form.Item>
      <Form.Item name="listId" initialValue={initial.listId}>
        <Select
          allowClear
          showSearch={{ optionFilterProp: 'label' }}
          options={(lists ?? []).map((list) => ({ value: list.id, label: list.name }))}
          placeholder={t('screening.filter.list')}
          style={{ width: 200 }}
          data-testid="key-person-filter-list"
        />
      </Form.Item>
      <Form.Item name="status" initialValue={initial.status}>
        <Select
          allowClear
          options={keyPersonStatuses.map((status) => ({ value: status, label: t(`screening.statuses.${status}`) }))}
          placeholder={t('screening.filter.status')}
          style={{ width: 140 }}
          data-testid="key-person-filter-status"
        />
      </Form.Item>
      <Form.Item name="escalation" initialValue={initial.escalation}>
        <Select
          allowClear
          options={ESCALATION.map((key, level) => ({ value: level, label: t(`screening.escalation.${key}`) }))}
          placeholder={t('screening.filter.escalation')}
          style={{ width: 140 }}
        />
      </Form.Item>
      <Form.Item
        name="overdue"
        label={t('screening.filter.overdueOnly')}
        valuePropName="checked"
        initialValue={initial.overdue === true}
      >
        <Switch size="small" data-testid="key-person-filter-overdue" />
      </Form.Item>
      <Form.Item
        name="unassigned"
        label={t('screening.filter.unassignedOnly')}
        valuePropName="checked"
        initialValue={initial.gridId === 0}
      >
        <Switch size="small" data-testid="key-person-filter-unassigned" />
      </Form.Item>
    </FilterForm>
  );
}
