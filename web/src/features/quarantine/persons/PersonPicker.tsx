import { useState } from 'react';
import { Alert, Form, Input, Segmented, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { useMe } from '../../../app/auth/context';
import { hasPermission } from '../../../app/auth/permissions';
import { useAction } from '../../../app/hooks/useAction';
import { RegionTreeSelect } from '../../regions/RegionTreeSelect';
import { fetchResidentsPage } from '../../registry/api';
import type { ResidentListItem } from '../../registry/api';
import { fetchContactsPage } from '../../tracing/api';
import type { Contact } from '../../tracing/api';

export type PickBy = 'idNumber' | 'contact';

type Props = {
  /** The resident found by ID number (null: not in the registry, undefined: not looked up yet). */
  resident: ResidentListItem | null | undefined;
  onResident: (resident: ResidentListItem | null | undefined) => void;
  onContact: (contact: Contact | undefined) => void;
};

/**
 * Who is put under quarantine: a resident found by ID number (anyone else is entered with a name and the
 * region they belong to), or a traced contact picked by name or ID number.
 */
export function PersonPicker({ resident, onResident, onContact }: Props) {
  const { t } = useTranslation();
  const { run, busy } = useAction();
  const tracesContacts = hasPermission(useMe(), 'tracing.read');
  const [contacts, setContacts] = useState<Contact[]>([]);

  const lookUp = (idNumber: string) =>
    void run(async () => {
      const value = idNumber.trim().toUpperCase();
      if (!value) return;
      const page = await fetchResidentsPage({ idNumber: value, page: 1, pageSize: 1 }, new AbortController().signal);
      onResident(page.items[0] ?? null);
    });
  const search = (q: string) =>
    void run(async () => {
      if (q.trim().length === 0) return;
      const page = await fetchContactsPage({ q: q.trim(), page: 1, pageSize: 20 }, new AbortController().signal);
      setContacts(page.items);
    });

  return (
    <>
      {/* Contacts are offered to those who may read them. */}
      <Form.Item name="by" hidden={!tracesContacts}>
        <Segmented<PickBy>
          block
          options={[
            { value: 'idNumber', label: t('quarantine.create.byIdNumber') },
            { value: 'contact', label: t('quarantine.create.byContact') },
          ]}
          onChange={() => {
            onResident(undefined);
            onContact(undefined);
          }}
        />
      </Form.Item>
      <Form.Item noStyle dependencies={['by']}>
        {({ getFieldValue }) =>
          getFieldValue('by') === 'contact' ? (
            <Form.Item name="contactId" label={t('quarantine.create.contact')} rules={[{ required: true }]}>
              <Select
                showSearch
                filterOption={false}
                onSearch={search}
                loading={busy}
                placeholder={t('quarantine.create.contactPlaceholder')}
                options={contacts.map((c) => ({
                  value: c.id,
                  label: `${c.name} ${c.idNumber ?? c.phone ?? ''} · ${t(`tracing.statuses.${c.status}`)}`,
                }))}
                onChange={(id: number) => onContact(contacts.find((c) => c.id === id))}
                data-testid="contact-select"
              />
            </Form.Item>
          ) : (
            <>
              <Form.Item
                name="idNumber"
                label={t('quarantine.create.idNumber')}
                rules={[{ required: true, pattern: /^\s*[0-9A-Za-z]{6,20}\s*$/ }]}
              >
                <Input.Search
                  maxLength={20}
                  enterButton={t('quarantine.create.find')}
                  loading={busy}
                  onSearch={lookUp}
                  onChange={() => onResident(undefined)}
                  data-testid="person-id-number"
                />
              </Form.Item>
              {resident && (
                <Alert
                  type="success"
                  style={{ marginBottom: 16 }}
                  title={t('quarantine.create.found', { name: resident.name, grid: resident.grid.name })}
                  description={resident.householdAddress ?? undefined}
                  data-testid="person-found"
                />
              )}
              {resident === null && (
                <>
                  <Alert type="info" style={{ marginBottom: 16 }} title={t('quarantine.create.notFound')} />
                  <Form.Item
                    name="name"
                    label={t('quarantine.create.name')}
                    rules={[{ required: true, whitespace: true }]}
                  >
                    <Input maxLength={50} />
                  </Form.Item>
                  <Form.Item name="phone" label={t('quarantine.create.phone')}>
                    <Input maxLength={20} />
                  </Form.Item>
                  <Form.Item name="regionId" label={t('quarantine.create.region')} rules={[{ required: true }]}>
                    <RegionTreeSelect />
                  </Form.Item>
                </>
              )}
            </>
          )
        }
      </Form.Item>
    </>
  );
}
