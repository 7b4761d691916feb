import type { TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { orDash } from '../../registry/orDash';
import type { Contact } from '../api';
import { formatMinute } from '../time';
import { ContactStatusTag } from '../vocabulary';

/** Who a contact was exposed to: a case (linked to its page) or another contact. */
export function ContactSourceLink({ source }: { source: Contact['source'] }) {
  const { t } = useTranslation();
  if (source.caseId !== null) return <Link to={`/tracing/cases/${source.caseId}`}>{source.caseCode}</Link>;
  return t('tracing.contact.sourceContact', { name: source.contactName ?? '' });
}

/** The columns of a contact list (identifiers arrive masked); the source is left out where it is fixed. */
export function useContactColumns(showSource: boolean): TableColumnsType<Contact> {
  const { t } = useTranslation();
  return [
    { key: 'name', title: t('tracing.contact.name'), dataIndex: 'name', fixed: 'left' },
    { key: 'idNumber', title: t('tracing.contact.idNumber'), render: (_, contact) => orDash(contact.idNumber) },
    { key: 'phone', title: t('tracing.contact.phone'), render: (_, contact) => orDash(contact.phone) },
    { key: 'kind', title: t('tracing.contact.kind'), render: (_, contact) => t(`tracing.kinds.${contact.kind}`) },
    ...(showSource
      ? [
          {
            key: 'source',
            title: t('tracing.contact.source'),
            render: (_: unknown, contact: Contact) => <ContactSourceLink source={contact.source} />,
          },
        ]
      : []),
    { key: 'region', title: t('tracing.contact.region'), render: (_, contact) => orDash(contact.region?.name ?? null) },
    {
      key: 'lastExposureAt',
      title: t('tracing.contact.lastExposureAt'),
      render: (_, contact) => (contact.lastExposureAt ? formatMinute(contact.lastExposureAt) : orDash(null)),
    },
    {
      key: 'foundVia',
      title: t('tracing.contact.foundVia'),
      render: (_, contact) => t(`tracing.contactSources.${contact.foundVia}`),
    },
    {
      key: 'status',
      title: t('tracing.contact.status'),
      render: (_, contact) => <ContactStatusTag status={contact.status} />,
    },
    { key: 'contacts', title: t('tracing.contact.secondary'), dataIndex: 'contacts', align: 'right' },
  ];
}
