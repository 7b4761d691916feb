import { useCallback, useState } from 'react';
import { Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { useFetch } from '../../../app/hooks/useFetch';
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

/** A case of the jurisdiction searched on the server; cases already in hospital cannot be picked. */
export function CaseSelect({ id, value, onChange, known }: Props) {
  const { t } = useTranslation();
  const [q, setQ] = useState('');
  const load = useCallback(
    async (signal: AbortSignal) => (q.trim() ? searchCases(q.trim().slice(0, 50), signal) : []),
    [q],
  );
  const { data: cases, loading } = useFetch(load);
  const options = (cases ?? []).map((c) => ({
    value: c.id,
    label: c.activeAdmissionId ? `${label(c)}（${t('treatment.admit.caseAdmitted')}）` : label(c),
    disabled: c.activeAdmissionId !== null,
  }));
  if (known && !options.some((o) => o.value === known.id))
    options.unshift({ value: known.id, label: known.label, disabled: false });
  return (
    <Select<number>
      id={id}
      value={value}
      onChange={onChange}
      showSearch={{ filterOption: false, onSearch: setQ }}
      loading={loading}
      options={options}
      placeholder={t('treatment.admit.casePlaceholder')}
      notFoundContent={null}
      data-testid="admit-case"
    />
  );
}
