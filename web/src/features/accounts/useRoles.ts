import { useTranslation } from 'react-i18next';
import { cacheOnce } from '../../app/api/cacheOnce';
import type { Role } from '../../app/auth/api';
import { useFetch } from '../../app/hooks/useFetch';
import { fetchRoles } from './api';

const loadRoles = cacheOnce(fetchRoles);

/** The roles the server knows, as Select options with their names in the current language. */
export function useRoleOptions(): { value: Role; label: string }[] {
  const { t } = useTranslation();
  const { data } = useFetch(loadRoles);
  return (data ?? []).map(({ role }) => ({ value: role, label: t(`roles.${role}`, { defaultValue: role }) }));
}
