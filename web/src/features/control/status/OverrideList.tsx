import { Flex, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatMinute } from '../../testing/time';
import type { Override } from './api';
import { ColourTag } from './ColourTag';

const STATE_COLOURS: Record<Override['state'], string> = {
  pending: 'processing',
  approved: 'success',
  rejected: 'default',
  expired: 'default',
};

/** Overrides proposed for a resident: who proposed what and why, who decided, until when. */
export function OverrideList({ overrides }: { overrides: Override[] }) {
  const { t } = useTranslation();
  if (overrides.length === 0)
    return <Typography.Text type="secondary">{t('healthStatus.detail.noOverrides')}</Typography.Text>;
  return (
    <Flex vertical gap={8} data-testid="override-list">
      {overrides.map((o) => (
        <Flex key={o.id} wrap gap={8} align="center">
          <Tag color={STATE_COLOURS[o.state]}>{t(`healthStatus.override.states.${o.state}`)}</Tag>
          <ColourTag colour={o.colour} />
          <Typography.Text>{o.reason}</Typography.Text>
          <Typography.Text type="secondary">
            {t('healthStatus.override.proposedBy')} {o.proposedBy.name} {formatMinute(o.proposedAt)}
            {o.decidedBy &&
              o.decidedAt &&
              ` · ${t('healthStatus.override.decidedBy')} ${o.decidedBy.name} ${formatMinute(o.decidedAt)}`}
            {o.expiresAt && ` · ${t('healthStatus.override.expires')} ${formatMinute(o.expiresAt)}`}
          </Typography.Text>
        </Flex>
      ))}
    </Flex>
  );
}
