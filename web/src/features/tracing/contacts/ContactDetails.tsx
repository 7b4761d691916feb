import { useCallback, useState } from 'react';
import { App, Button, Descriptions, Flex, Skeleton, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { useMe } from '../../../app/auth/context';
import { hasPermission } from '../../../app/auth/permissions';
import { useFetch } from '../../../app/hooks/useFetch';
import { orDash } from '../../registry/orDash';
import { fetchContact } from '../api';
import type { ContactDetail, ContactSource, ContactStatus } from '../api';
import { CreateCaseModal } from '../cases/CreateCaseModal';
import { HistoryList } from '../HistoryList';
import { EvidenceView } from '../suggestions/EvidenceView';
import { formatMinute } from '../time';
import { ContactStatusTag } from '../vocabulary';
import { ContactStatusModal, nextStatuses } from './ContactStatusModal';
import { SourceContacts } from './SourceContacts';
import { ContactSourceLink } from './useContactColumns';

type Props = { contactId: number; onChanged: () => void };

const minuteOrDash = (iso: string | null) => (iso ? formatMinute(iso) : orDash(null));
/** An identifier as the server sent it in full, or nothing when it came masked. */
const inFull = (value: string | null) => (value && !value.includes('*') ? value : undefined);

/** One contact: who, exposed to whom and how, the status with its history, and their own contacts. */
export function ContactDetails({ contactId, onChanged }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const canManage = hasPermission(useMe(), 'tracing.manage');
  const load = useCallback((signal: AbortSignal) => fetchContact(contactId, signal), [contactId]);
  const { data } = useFetch(load);
  const [saved, setSaved] = useState<ContactDetail | null>(null);
  const [dialog, setDialog] = useState<'status' | 'case' | null>(null);
  const contact = saved ?? data;
  if (!contact) return <Skeleton active />;

  const items = [
    { key: 'name', label: t('tracing.contact.name'), children: contact.name },
    { key: 'idNumber', label: t('tracing.contact.idNumber'), children: orDash(contact.idNumber) },
    { key: 'phone', label: t('tracing.contact.phone'), children: orDash(contact.phone) },
    { key: 'kind', label: t('tracing.contact.kind'), children: t(`tracing.kinds.${contact.kind}`) },
    { key: 'source', label: t('tracing.contact.source'), children: <ContactSourceLink source={contact.source} /> },
    { key: 'region', label: t('tracing.contact.region'), children: orDash(contact.region?.name ?? null) },
    { key: 'last', label: t('tracing.contact.lastExposureAt'), children: minuteOrDash(contact.lastExposureAt) },
    { key: 'exposure', label: t('tracing.contact.exposure'), children: orDash(contact.exposure) },
    {
      key: 'foundVia',
      label: t('tracing.contact.foundVia'),
      children: t(`tracing.contactSources.${contact.foundVia}`),
    },
    ...(contact.evidence
      ? [
          {
            key: 'evidence',
            label: t('tracing.contact.evidence'),
            children: <EvidenceView via={contact.foundVia} evidence={contact.evidence} />,
          },
        ]
      : []),
    { key: 'status', label: t('tracing.contact.status'), children: <ContactStatusTag status={contact.status} /> },
    { key: 'identifiedAt', label: t('tracing.contact.identifiedAt'), children: formatMinute(contact.identifiedAt) },
  ];
  const changed = (next: ContactDetail) => {
    setSaved(next);
    setDialog(null);
    onChanged();
  };

  return (
    <Flex vertical gap={16}>
      <Descriptions column={1} bordered size="small" items={items} data-testid="contact-details" />
      {canManage && (
        <Flex wrap gap={8}>
          {nextStatuses(contact.status).length > 0 && (
            <Button onClick={() => setDialog('status')} data-testid="contact-drawer-status">
              {t('tracing.status.change')}
            </Button>
          )}
          <Button onClick={() => setDialog('case')} data-testid="contact-to-case">
            {t('tracing.contact.toCase')}
          </Button>
        </Flex>
      )}
      <Typography.Title level={5} style={{ margin: 0 }}>
        {t('tracing.contact.history')}
      </Typography.Title>
      <HistoryList
        entries={contact.history.map((entry) => ({
          key: `${entry.status}-${entry.at}`,
          at: entry.at,
          tag: <ContactStatusTag status={entry.status as ContactStatus} />,
          by: entry.by,
          // The first entry's basis is how the contact was found (a source key), the others are free text.
          note:
            entry.status === 'identified' ? t(`tracing.contactSources.${entry.basis as ContactSource}`) : entry.basis,
        }))}
      />
      <Typography.Title level={5} style={{ margin: 0 }}>
        {t('tracing.contact.contactsOf')}
      </Typography.Title>
      <SourceContacts source={{ sourceContactId: contact.id }} onChanged={onChanged} />
      {canManage && (
        <ContactStatusModal
          open={dialog === 'status'}
          contact={contact}
          onClose={() => setDialog(null)}
          onChanged={changed}
        />
      )}
      {canManage && (
        <CreateCaseModal
          open={dialog === 'case'}
          seed={{
            idNumber: inFull(contact.idNumber),
            name: contact.name,
            phone: inFull(contact.phone),
            foundVia: 'under_control',
            fromContactId: contact.id,
          }}
          onClose={() => setDialog(null)}
          onCreated={(created) => {
            void message.success(t('tracing.case.created', { code: created.code }));
            void navigate(`/tracing/cases/${created.id}`);
          }}
        />
      )}
    </Flex>
  );
}
