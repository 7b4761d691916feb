import { useState } from 'react';
import { Button, Flex } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useMe } from '../../../app/auth/context';
import { hasPermission } from '../../../app/auth/permissions';
import { usePagedQuery } from '../../../app/hooks/usePagedQuery';
import { fetchContactsPage } from '../api';
import { AddContactModal } from './AddContactModal';
import type { ContactSourceRef } from './AddContactModal';
import { ContactRows } from './ContactRows';

type Props = {
  source: ContactSourceRef;
  /** After a contact was added or changed, so figures elsewhere (the case's counts) follow. */
  onChanged?: () => void;
};

/** The contacts of one case, or of one contact (its secondary contacts), with adding one by hand. */
export function SourceContacts({ source, onChanged }: Props) {
  const { t } = useTranslation();
  const canManage = hasPermission(useMe(), 'tracing.manage');
  const { tableProps, reload } = usePagedQuery(fetchContactsPage, source);
  const [adding, setAdding] = useState(false);
  const changed = () => {
    reload();
    onChanged?.();
  };
  const ofCase = 'sourceCaseId' in source;

  return (
    <Flex vertical gap={8}>
      {canManage && (
        <Flex justify="end">
          <Button
            icon={<PlusOutlined />}
            type={ofCase ? 'primary' : 'default'}
            onClick={() => setAdding(true)}
            data-testid={ofCase ? 'contact-add' : 'contact-add-secondary'}
          >
            {t(ofCase ? 'tracing.contact.add' : 'tracing.contact.addSecondary')}
          </Button>
        </Flex>
      )}
      <ContactRows tableProps={tableProps} showSource={false} onChanged={changed} />
      {canManage && (
        <AddContactModal
          open={adding}
          source={source}
          onClose={() => setAdding(false)}
          onAdded={() => {
            setAdding(false);
            changed();
          }}
        />
      )}
    </Flex>
  );
}
