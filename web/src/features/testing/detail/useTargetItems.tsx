import { Flex, Tag } from 'antd';
import type { DescriptionsProps } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Campaign } from '../api';

type Items = NonNullable<DescriptionsProps['items']>;

/** The plan's target and sampling: who is to be tested, areas sampled otherwise, household re-sampling. */
export function useTargetItems(campaign: Campaign): Items {
  const { t } = useTranslation();
  return [
    {
      key: 'target',
      label: t('testing.campaign.target'),
      children: <span data-testid="campaign-target">{t(`testing.target.${campaign.targetKind}`)}</span>,
    },
    {
      key: 'poolingRules',
      label: t('testing.campaign.poolingRules'),
      children:
        campaign.poolingRules.length === 0 ? (
          t('testing.campaign.none')
        ) : (
          <Flex wrap gap={4}>
            {campaign.poolingRules.map((rule) => (
              <Tag key={rule.region.id} color={rule.pooling === 'household' ? 'orange' : 'blue'}>
                {rule.region.name}：{t(`testing.poolingModes.${rule.pooling}`)}
              </Tag>
            ))}
          </Flex>
        ),
    },
    {
      key: 'singleTubeGroups',
      label: t('testing.campaign.singleTubeGroups'),
      children:
        campaign.singleTubeGroups.length === 0 ? (
          t('testing.campaign.none')
        ) : (
          <Flex wrap gap={4}>
            {campaign.singleTubeGroups.map((group) => (
              <Tag key={group.id} color="blue">
                {group.name}
              </Tag>
            ))}
          </Flex>
        ),
    },
    {
      key: 'resampleHouseholds',
      label: t('testing.campaign.resampleHouseholds'),
      children: campaign.resampleHouseholds ? t('testing.campaign.yes') : t('testing.campaign.no'),
    },
  ];
}
