import { useCallback, useState } from 'react';
import { Alert, Button, Empty, Flex, Skeleton, Typography } from 'antd';
import { SearchOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useMe } from '../../../app/auth/context';
import { hasPermission } from '../../../app/auth/permissions';
import { useAction } from '../../../app/hooks/useAction';
import { useFetch } from '../../../app/hooks/useFetch';
import { discoverContacts, fetchSuggestions, suggestionVias } from '../api';
import type { DiscoveryResult, Suggestion, SuggestionVia } from '../api';
import { ConfirmSuggestionModal, DismissSuggestionModal } from './DecisionModals';
import { SuggestionItem } from './SuggestionItem';
import type { Decision } from './SuggestionItem';

type Props = { caseId: number; onChanged: () => void };

/**
 * 推荐密接: 查找密接 looks through every source of evidence and keeps what it finds as suggestions, listed by
 * source with their evidence; nothing becomes a contact until an investigator confirms it.
 */
export function SuggestionsTab({ caseId, onChanged }: Props) {
  const { t } = useTranslation();
  const canManage = hasPermission(useMe(), 'tracing.manage');
  const load = useCallback((signal: AbortSignal) => fetchSuggestions(caseId, signal), [caseId]);
  const { data, reload } = useFetch(load);
  const { run, busy } = useAction();
  const [result, setResult] = useState<DiscoveryResult | null>(null);
  // Kept after the dialog closes, so it does not go blank mid-animation.
  const [chosen, setChosen] = useState<{ suggestion: Suggestion; decision: Decision } | null>(null);
  const [open, setOpen] = useState(false);

  const discover = () =>
    void run(async () => {
      setResult(await discoverContacts(caseId));
      reload();
      onChanged();
    });
  const decided = () => {
    setOpen(false);
    reload();
    onChanged();
  };
  const label = (via: string) => t(`tracing.contactSources.${via as SuggestionVia}`, { defaultValue: via });
  const found = result
    ? Object.entries(result.found)
        .map(([via, count]) => `${label(via)} ${count}`)
        .join('、') || t('tracing.suggestions.none')
    : '';

  if (!data) return <Skeleton active />;
  const groups = suggestionVias
    .map((via) => ({ via, items: data.filter((suggestion) => suggestion.via === via) }))
    .filter((group) => group.items.length > 0);

  return (
    <Flex vertical gap={12}>
      {canManage && (
        <Flex align="center" wrap gap={8}>
          <Button type="primary" icon={<SearchOutlined />} loading={busy} onClick={discover} data-testid="discover">
            {t('tracing.suggestions.discover')}
          </Button>
          {result && (
            <Alert
              type="info"
              showIcon
              title={t('tracing.suggestions.discovered', { found, stored: result.stored, ms: result.ms })}
              data-testid="discover-result"
            />
          )}
        </Flex>
      )}
      {groups.length === 0 && <Empty description={t('tracing.suggestions.empty')} />}
      {groups.map(({ via, items }) => (
        <Flex vertical key={via} data-testid={`suggestions-${via}`}>
          <Typography.Title level={5} style={{ margin: 0 }}>
            {t('tracing.suggestions.group', {
              via: label(via),
              open: items.filter((item) => item.status === 'open').length,
              count: items.length,
            })}
          </Typography.Title>
          {items.map((suggestion) => (
            <SuggestionItem
              key={suggestion.id}
              suggestion={suggestion}
              canDecide={canManage}
              onDecide={(decision) => {
                setChosen({ suggestion, decision });
                setOpen(true);
              }}
            />
          ))}
        </Flex>
      ))}
      {chosen?.decision === 'confirm' && (
        <ConfirmSuggestionModal
          open={open}
          suggestion={chosen.suggestion}
          onClose={() => setOpen(false)}
          onDecided={decided}
        />
      )}
      {chosen?.decision === 'dismiss' && (
        <DismissSuggestionModal
          open={open}
          suggestion={chosen.suggestion}
          onClose={() => setOpen(false)}
          onDecided={decided}
        />
      )}
    </Flex>
  );
}
