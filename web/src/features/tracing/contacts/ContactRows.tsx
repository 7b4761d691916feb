import { useState } from 'react';
import { Button, Flex, Table, Typography } from 'antd';
import type { TableProps } from 'antd';
import type { HTMLAttributes } from 'react';
import { useTranslation } from 'react-i18next';
import { useMe } from '../../../app/auth/context';
import { hasPermission } from '../../../app/auth/permissions';
import type { Contact } from '../api';
import { ContactDrawer } from './ContactDrawer';
import { ContactStatusModal, nextStatuses } from './ContactStatusModal';
import { useContactColumns } from './useContactColumns';

type Props = {
  tableProps: TableProps<Contact>;
  /** Leaves the source column out where every row has the same. */
  showSource: boolean;
  /** After a change to a contact (status, contacts of its own), so the list re-reads. */
  onChanged: () => void;
};

/** A page of contacts with their details (in a drawer) and, for the tracing group, the status change. */
export function ContactRows({ tableProps, showSource, onChanged }: Props) {
  const { t } = useTranslation();
  const canManage = hasPermission(useMe(), 'tracing.manage');
  // Kept after the drawer or dialog closes, so it does not go blank mid-animation.
  const [shown, setShown] = useState<number | null>(null);
  const [changing, setChanging] = useState<Contact | null>(null);
  const [dialog, setDialog] = useState<'drawer' | 'status' | null>(null);

  const columns = [
    ...useContactColumns(showSource),
    {
      key: 'actions',
      title: t('common.actions'),
      fixed: 'right' as const,
      render: (_: unknown, contact: Contact) => (
        <Flex gap={4}>
          <Button
            type="link"
            size="small"
            onClick={() => {
              setShown(contact.id);
              setDialog('drawer');
            }}
            data-testid={`contact-details-${contact.id}`}
          >
            {t('tracing.contact.details')}
          </Button>
          {canManage && nextStatuses(contact.status).length > 0 && (
            <Button
              type="link"
              size="small"
              onClick={() => {
                setChanging(contact);
                setDialog('status');
              }}
              data-testid={`contact-status-${contact.id}`}
            >
              {t('tracing.status.change')}
            </Button>
          )}
        </Flex>
      ),
    },
  ];

  return (
    <>
      <Table<Contact>
        {...tableProps}
        rowKey="id"
        size="small"
        columns={columns}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: <Typography.Text type="secondary">{t('tracing.contact.empty')}</Typography.Text> }}
        onRow={(contact) => ({ 'data-testid': `contact-row-${contact.id}` }) as HTMLAttributes<HTMLElement>}
      />
      <ContactDrawer
        open={dialog === 'drawer'}
        contactId={shown}
        onClose={() => setDialog(null)}
        onChanged={onChanged}
      />
      {changing && (
        <ContactStatusModal
          open={dialog === 'status'}
          contact={changing}
          onClose={() => setDialog(null)}
          onChanged={() => {
            setDialog(null);
            onChanged();
          }}
        />
      )}
    </>
  );
}
