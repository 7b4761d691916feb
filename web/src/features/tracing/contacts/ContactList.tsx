import { Flex } from 'antd';
import { usePagedQuery } from '../../../app/hooks/usePagedQuery';
import { fetchContactsPage } from '../api';
import type { ContactFilters } from '../api';
import { LedgerButtons } from '../ledgers/LedgerButtons';
import { ContactFilterForm } from './ContactFilterForm';
import { ContactRows } from './ContactRows';

const NO_FILTERS: ContactFilters = {};

/** Every contact of the jurisdiction, newest first, with import and export of the contact ledger. */
export function ContactList() {
  const { filters, setFilters, tableProps, reload } = usePagedQuery(fetchContactsPage, NO_FILTERS);
  return (
    <>
      <Flex justify="space-between" align="start" wrap gap={8}>
        <ContactFilterForm onChange={setFilters} />
        <Flex style={{ marginBottom: 16 }}>
          <LedgerButtons kind="contacts" filters={{ kind: filters.kind, status: filters.status }} onImported={reload} />
        </Flex>
      </Flex>
      <ContactRows tableProps={tableProps} showSource onChanged={reload} />
    </>
  );
}
