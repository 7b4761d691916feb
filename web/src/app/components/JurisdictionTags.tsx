import { Flex, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { RegionRef } from '../auth/api';

type Props = { scopeAll: boolean; regions: RegionRef[] };

/** Where a user may act: the whole city, or the listed regions (and what lies under them). */
export function JurisdictionTags({ scopeAll, regions }: Props) {
  const { t } = useTranslation();
  if (scopeAll) return <Tag color="gold">{t('jurisdiction.all')}</Tag>;
  if (regions.length === 0) return <Typography.Text type="secondary">{t('jurisdiction.none')}</Typography.Text>;
  return (
    <Flex wrap gap={4}>
      {regions.map((region) => (
        <Tag key={region.id}>{region.name}</Tag>
      ))}
    </Flex>
  );
}
