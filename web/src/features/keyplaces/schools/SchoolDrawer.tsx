import { useTranslation } from 'react-i18next';
import { UnitDrawer, type UnitDrawerProps } from '../shared/UnitDrawer';
import { fetchSchool } from './api';
import { SamplingCard } from './SamplingCard';
import { ClassesForm, SchoolLedgerForm } from './SchoolForms';

/** A school's ledger, classes and sampling schedule. */
export function SchoolDrawer(props: UnitDrawerProps) {
  const { t } = useTranslation();
  return (
    <UnitDrawer {...props} ns="schools" title={t('schools.detail')} fetchDetail={fetchSchool}>
      {(data, changed) => (
        <>
          <SchoolLedgerForm key={data.ledger.updatedAt} detail={data} onSaved={changed} />
          <ClassesForm
            key={`classes-${data.classList.length}-${data.ledger.updatedAt}`}
            detail={data}
            onSaved={changed}
          />
          <SamplingCard placeId={data.ledger.id} version={data.ledger.classes * 1000 + data.ledger.samplingPercent} />
        </>
      )}
    </UnitDrawer>
  );
}
