import { useState } from 'react';
import { Button, Flex, Grid } from 'antd';
import { FileExcelOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { useMe } from '../../../app/auth/context';
import { hasPermission } from '../../../app/auth/permissions';
import { usePagedQuery } from '../../../app/hooks/usePagedQuery';
import { fetchKeyPersonsPage, keyPersonsWorkbookUrl } from '../api';
import type { KeyPerson, KeyPersonFilter } from '../api';
import { AssignGridModal } from './AssignGridModal';
import { filterOfSearch, searchOfFilter } from './filterSearch';
import { KeyPersonCards } from './KeyPersonCards';
import { KeyPersonFilterForm } from './KeyPersonFilterForm';
import { KeyPersonTable } from './KeyPersonTable';
import { OutcomeModal } from './OutcomeModal';
import { useNow } from './useNow';

type Props = { filter: KeyPersonFilter; onFilter: (filter: KeyPersonFilter) => void };

function KeyPersons({ filter, onFilter }: Props) {
  const { t } = useTranslation();
  const canManage = hasPermission(useMe(), 'keyperson.manage');
  // Breakpoints are unknown for the first render; assume a wide screen until told otherwise.
  const narrow = Grid.useBreakpoint().md === false;
  const { tableProps, reload } = usePagedQuery(fetchKeyPersonsPage, filter);
  const now = useNow();
  const [recording, setRecording] = useState<KeyPerson | null>(null);
  const [assigning, setAssigning] = useState<KeyPerson | null>(null);

  const actions = { onOutcome: setRecording, onAssign: canManage ? setAssigning : undefined };
  // Searching again for the same filters reads the list afresh.
  const search = (next: KeyPersonFilter) =>
    searchOfFilter(next) === searchOfFilter(filter) ? reload() : onFilter(next);

  return (
    <>
      <KeyPersonFilterForm initial={filter} onChange={search} />
      <Flex justify="end" style={{ marginBottom: 8 }}>
        {/* A plain link: the browser fetches the .xlsx with the session cookie and saves it. */}
        <Button
          icon={<FileExcelOutlined />}
          href={keyPersonsWorkbookUrl(filter)}
          download
          data-testid="key-person-export"
        >
          {t('screening.person.export')}
        </Button>
      </Flex>
      {narrow ? (
        <KeyPersonCards tableProps={tableProps} now={now} {...actions} />
      ) : (
        <KeyPersonTable tableProps={tableProps} now={now} {...actions} />
      )}
      <OutcomeModal
        person={recording}
        onClose={() => setRecording(null)}
        onRecorded={() => {
          setRecording(null);
          reload();
        }}
      />
      {canManage && (
        <AssignGridModal
          person={assigning}
          onClose={() => setAssigning(null)}
          onAssigned={() => {
            setAssigning(null);
            reload();
          }}
        />
      )}
    </>
  );
}

/**
 * The key persons of the jurisdiction (a grid worker: those of their grids), filtered by the address, as a
 * table on a wide screen and as cards on a phone.
 */
export function KeyPersonsView() {
  const [params, setParams] = useSearchParams();
  // Each filter is an address of its own, and a fresh list (form included) for it.
  return (
    <KeyPersons
      key={params.toString()}
      filter={filterOfSearch(params)}
      onFilter={(next) => setParams(searchOfFilter(next))}
    />
  );
}
