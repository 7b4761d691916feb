import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { UnitDrawer, type UnitDrawerProps } from '../shared/UnitDrawer';
import { fetchEnterprise } from './api';
import { LedgerForm } from './LedgerForm';
import { ResumptionCard } from './ResumptionCard';

/** An enterprise's ledger, editable by those who keep it, with its people and its resumption requests. */
export function EnterpriseDrawer(props: UnitDrawerProps) {
  const { t } = useTranslation();
  return (
    <UnitDrawer {...props} ns="enterprises" title={t('enterprises.edit')} fetchDetail={fetchEnterprise}>
      {(data, changed) => (
        <>
          {data.members.length > 0 && (
            <Typography.Paragraph>
              {t('enterprises.field.members')}：{data.members.map((m) => m.displayName).join('、')}
            </Typography.Paragraph>
          )}
          <LedgerForm detail={data} onSaved={changed} />
          <ResumptionCard detail={data} onChanged={changed} />
        </>
      )}
    </UnitDrawer>
  );
}
