import { Form, Input, Select, Switch } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Role } from '../../app/auth/api';
import { RegionTreeSelect } from '../regions/RegionTreeSelect';
import { useRoleOptions } from './useRoles';

/** A chosen region as the TreeSelect holds it: the name travels with the id. */
export type RegionOption = { value: number; label: string };

export type UserFormValues = {
  username: string;
  displayName: string;
  roles: Role[];
  scopeAll: boolean;
  /** Named as in the API, so the server's field errors land under this field. */
  regionIds: RegionOption[];
  password?: string;
};

/** The fields shared by "new user" and "edit user"; username and password only exist when new. */
export function UserFormFields({ isNew }: { isNew: boolean }) {
  const { t } = useTranslation();
  const roleOptions = useRoleOptions();
  const scopeAll = Form.useWatch<boolean | undefined>('scopeAll', Form.useFormInstance());

  return (
    <>
      {isNew && (
        <Form.Item
          name="username"
          label={t('accounts.username')}
          rules={[{ required: true }, { pattern: /^[A-Za-z0-9_.@-]{2,64}$/, message: t('accounts.usernameInvalid') }]}
        >
          <Input autoComplete="off" maxLength={64} />
        </Form.Item>
      )}
      <Form.Item name="displayName" label={t('accounts.displayName')} rules={[{ required: true, whitespace: true }]}>
        <Input maxLength={64} />
      </Form.Item>
      <Form.Item name="roles" label={t('accounts.roles')} rules={[{ required: true }]}>
        <Select mode="multiple" options={roleOptions} showSearch={{ optionFilterProp: 'label' }} />
      </Form.Item>
      <Form.Item name="scopeAll" label={t('accounts.scopeAll')} extra={t('accounts.scopeAllHint')}>
        <Switch />
      </Form.Item>
      <Form.Item
        name="regionIds"
        label={t('accounts.jurisdiction')}
        dependencies={['scopeAll']}
        rules={[
          // Someone who is not city-wide must cover at least one region, or they could see nothing.
          ({ getFieldValue }) => ({
            validator: (_, value: RegionOption[] | undefined) =>
              getFieldValue('scopeAll') === true || (value?.length ?? 0) > 0
                ? Promise.resolve()
                : Promise.reject(new Error(t('accounts.regionsRequired'))),
          }),
        ]}
      >
        <RegionTreeSelect
          multiple
          labelInValue
          allowClear
          disabled={scopeAll === true}
          placeholder={t('accounts.regionsPlaceholder')}
        />
      </Form.Item>
      {isNew && (
        <Form.Item name="password" label={t('accounts.password')} extra={t('accounts.passwordHint')}>
          <Input.Password autoComplete="new-password" />
        </Form.Item>
      )}
    </>
  );
}
