import { Form, Input, InputNumber } from 'antd';
import { useTranslation } from 'react-i18next';
import { FormModal } from '../../app/components/FormModal';
import { createToken } from './api';
import type { User } from './api';
import type { Secret } from './SecretModal';

type Values = { name: string; expiresInDays?: number | null };

type Props = { open: boolean; user: User; onClose: () => void; onCreated: (secret: Secret) => void };

// Tokens are for machines (data exchange with labs and hospitals); a bounded life is the safe default.
const DEFAULT_DAYS = 90;

export function CreateTokenModal({ open, user, onClose, onCreated }: Props) {
  const { t } = useTranslation();

  const submit = async ({ name, expiresInDays }: Values) => {
    const { token, secret } = await createToken(user.id, {
      name: name.trim(),
      expiresInDays: expiresInDays ?? undefined,
    });
    onCreated({ title: t('accounts.tokenSecretTitle', { name: token.name }), value: secret, testId: 'token-secret' });
  };

  return (
    <FormModal<Values>
      open={open}
      name="createToken"
      title={t('accounts.tokenCreate')}
      initialValues={{ expiresInDays: DEFAULT_DAYS }}
      onClose={onClose}
      onSubmit={submit}
    >
      <Form.Item name="name" label={t('accounts.tokenName')} rules={[{ required: true, whitespace: true }]}>
        <Input maxLength={100} />
      </Form.Item>
      <Form.Item name="expiresInDays" label={t('accounts.tokenDays')} extra={t('accounts.tokenDaysHint')}>
        <InputNumber min={1} precision={0} style={{ width: '100%' }} />
      </Form.Item>
    </FormModal>
  );
}
