import { useCallback } from 'react';
import { Descriptions, Flex, List, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { useFetch } from '../../../app/hooks/useFetch';
import { formatMinute } from '../../tracing/time';
import { answerText } from './answers';
import { fetchInspection } from './api';
import type { ChecklistItem, InspectionDetail } from './api';
import { FindingCard } from './FindingCard';
import { PhotoStrip } from './PhotoStrip';
import { useKindLabel } from './tags';

function Summary({ detail }: { detail: InspectionDetail }) {
  const { t } = useTranslation();
  const kindLabel = useKindLabel();
  const { checklist } = detail;
  return (
    <Descriptions size="small" column={{ xs: 1, md: 2 }} bordered>
      <Descriptions.Item label={t('supervision.inspection.target')}>
        {`${detail.target.name}（${kindLabel(detail.target.kind)}）`}
      </Descriptions.Item>
      <Descriptions.Item label={t('supervision.inspection.plan')}>
        {detail.plan ? (
          <Link to={`/supervision?plan=${detail.plan.id}`}>{`${detail.plan.code} ${detail.plan.title}`}</Link>
        ) : (
          t('supervision.inspection.adHoc')
        )}
      </Descriptions.Item>
      <Descriptions.Item label={t('supervision.inspection.inspector')}>{detail.inspector}</Descriptions.Item>
      <Descriptions.Item label={t('supervision.inspection.checkedInAt')}>
        {formatMinute(detail.checkedInAt)}
      </Descriptions.Item>
      <Descriptions.Item label={t('supervision.inspection.location')}>
        {detail.lng !== null && detail.lat !== null ? `${detail.lng.toFixed(5)}, ${detail.lat.toFixed(5)}` : '—'}
      </Descriptions.Item>
      <Descriptions.Item label={t('supervision.inspection.submittedAt')}>
        {detail.submittedAt ? (
          formatMinute(detail.submittedAt)
        ) : (
          <Link to="run">{t('supervision.inspection.run')}</Link>
        )}
      </Descriptions.Item>
      <Descriptions.Item label={t('supervision.inspection.checklist')}>
        {`${checklist.name} · ${t('supervision.inspection.version', { version: checklist.version })}`}
      </Descriptions.Item>
      {detail.note && <Descriptions.Item label={t('supervision.inspection.note')}>{detail.note}</Descriptions.Item>}
    </Descriptions>
  );
}

/** An inspection's record: rendered with its own checklist version, even after the template was revised. */
export function InspectionView() {
  const { t, i18n } = useTranslation();
  const english = i18n.language === 'en';
  const inspectionId = Number(useParams().inspectionId);
  const load = useCallback((signal: AbortSignal) => fetchInspection(inspectionId, signal), [inspectionId]);
  const { data: detail, reload } = useFetch(load);
  if (!detail || detail.id !== inspectionId) return null;
  const answers = new Map(detail.answers.map((a) => [a.itemKey, a]));
  return (
    <Flex vertical gap={16} data-testid="inspection-view">
      <Summary detail={detail} />
      <List<ChecklistItem>
        header={<Typography.Text strong>{t('supervision.inspection.answers')}</Typography.Text>}
        dataSource={detail.checklist.items}
        rowKey="key"
        size="small"
        renderItem={(item) => {
          const given = answers.get(item.key);
          return (
            <List.Item>
              <Flex justify="space-between" gap={8} wrap style={{ width: '100%' }}>
                <Typography.Text>{english ? item.textEn : item.textZh}</Typography.Text>
                <Flex gap={4} align="center">
                  <Typography.Text>{answerText(t, item, given?.value, english)}</Typography.Text>
                  {given && (
                    <Tag color={given.passed ? 'green' : 'red'}>
                      {t(given.passed ? 'supervision.inspection.passed' : 'supervision.inspection.failedItem')}
                    </Tag>
                  )}
                </Flex>
              </Flex>
            </List.Item>
          );
        }}
      />
      <PhotoStrip photos={detail.photos} />
      <Typography.Text strong>
        {detail.findings.length ? t('supervision.inspection.findings') : t('supervision.inspection.noFindings')}
      </Typography.Text>
      {detail.findings.map((finding) => (
        <FindingCard key={finding.id} finding={finding} onChanged={reload} />
      ))}
    </Flex>
  );
}
