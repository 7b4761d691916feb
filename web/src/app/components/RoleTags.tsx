import { Flex, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Role } from '../auth/api';

export function RoleTags({ roles }: { roles: Role[] }) {
  const { t } = useTranslation();
  return (
    <Flex wrap gap={4}>
      {roles.map((role) => (
        <Tag key={role} color="blue">
          {t(`roles.${role}`, { defaultValue: role })}
        </Tag>
      ))}
    </Flex>
  );
}
