import { useTranslation } from 'react-i18next';
import { SearchSelect } from '../../../app/components/SearchSelect';
import { searchCases } from '../api';
import type { AdmissibleCase } from '../api';

type Props = {
  id?: string;
  value?: number;
  onChange?: (value: number) => void;
  /** A case already chosen elsewhere (a transfer's), shown before any search. */
  known?: { id: number; label: string };
};

const label = (c: AdmissibleCase) => `${c.name} · ${c.code} · ${c.idNumber}`;

const search = async (q: string, signal: AbortSignal) => (q.trim() ? searchCases(q.trim().slice(0, 50), signal) : []);

/** A case of the jurisdiction searched on the server; cases already in hospital cannot be picked. */
export function CaseSelect({ id, value, onChange, known }: Props) {
  const { t } = useTranslation();
  return (
    <SearchSelect
      id={id}
      value={value}
      onChange={onChange}
      search={search}
      toOption={(c) => ({
        value: c.id,
        label: c.activeAdmissionId ? `${label(c)}（${t('treatment.admit.caseAdmitted')}）` : label(c),
        disabled: c.activeAdmissionId !== null,
      })}
      known={known && { value: known.id, label: known.label, disabled: false }}
      placeholder={t('treatment.admit.casePlaceholder')}
      notFoundContent={null}
      data-testid="admit-case"
    />
  );
}
