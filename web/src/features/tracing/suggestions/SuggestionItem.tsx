import { Button, Flex, Tag, Typography, theme } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Suggestion } from '../api';
import { formatMinute } from '../time';
import { EvidenceView } from './EvidenceView';

export type Decision = 'confirm' | 'dismiss';

type Props = { suggestion: Suggestion; canDecide: boolean; onDecide: (decision: Decision) => void };

/** One suggested contact: who (masked), the evidence, and confirm / dismiss while open; decided ones greyed. */
export function SuggestionItem({ suggestion, canDecide, onDecide }: Props) {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const open = suggestion.status === 'open';
  const who = [suggestion.idNumber, suggestion.phone].filter((value) => value !== null).join(' · ');

  return (
    <Flex
      justify="space-between"
      align="start"
      wrap
      gap={8}
      style={{ padding: '8px 0', borderBottom: `1px solid ${token.colorSplit}`, opacity: open ? 1 : 0.5 }}
      data-testid={`suggestion-${suggestion.id}`}
    >
      <Flex vertical style={{ minWidth: 0, flex: '1 1 280px' }}>
        <Typography.Text strong>
          {suggestion.name ?? t('tracing.suggestions.unnamed')}{' '}
          <Typography.Text type="secondary">{who}</Typography.Text>
        </Typography.Text>
        <EvidenceView via={suggestion.via} evidence={suggestion.evidence} />
        {suggestion.lastExposureAt && (
          <Typography.Text type="secondary">
            {t('tracing.suggestions.lastExposure', { time: formatMinute(suggestion.lastExposureAt) })}
          </Typography.Text>
        )}
      </Flex>
      {open && canDecide && (
        <Flex gap={8}>
          <Button
            size="small"
            type="primary"
            onClick={() => onDecide('confirm')}
            data-testid={`suggestion-confirm-${suggestion.id}`}
          >
            {t('tracing.suggestions.confirm')}
          </Button>
          <Button size="small" onClick={() => onDecide('dismiss')} data-testid={`suggestion-dismiss-${suggestion.id}`}>
            {t('tracing.suggestions.dismiss')}
          </Button>
        </Flex>
      )}
      {suggestion.status === 'confirmed' && <Tag color="green">{t('tracing.suggestions.statusConfirmed')}</Tag>}
      {suggestion.status === 'dismissed' && (
        <Flex vertical align="end">
          <Tag>{t('tracing.suggestions.statusDismissed')}</Tag>
          <Typography.Text type="secondary">{suggestion.dismissReason}</Typography.Text>
        </Flex>
      )}
    </Flex>
  );
}
