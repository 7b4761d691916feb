import { Checkbox, Flex, Input, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import type { UserFilters } from './api';
import { useRoleOptions } from './useRoles';

type Props = { filters: UserFilters; onChange: (filters: UserFilters) => void };

export function UserFilterBar({ filters, onChange }: Props) {
  const { t } = useTranslation();
  const roleOptions = useRoleOptions();
  return (
    <Flex wrap gap={8} align="center" style={{ marginBottom: 16 }}>
      <Input.Search
        allowClear
        placeholder={t('accounts.searchPlaceholder')}
        onSearch={(q) => onChange({ ...filters, q: q.trim() || undefined })}
        style={{ width: 240 }}
      />
      <Select
        allowClear
        placeholder={t('accounts.roleFilter')}
        options={roleOptions}
        value={filters.role}
        onChange={(role) => onChange({ ...filters, role })}
        style={{ width: 180 }}
      />
      <Checkbox
        checked={filters.includeDisabled}
        onChange={(event) => onChange({ ...filters, includeDisabled: event.target.checked })}
      >
        {t('accounts.showDisabled')}
      </Checkbox>
    </Flex>
  );
}
