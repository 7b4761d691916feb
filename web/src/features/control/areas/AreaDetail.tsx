import { useCallback, useState } from 'react';
import { Button, Card, Descriptions, Flex, Skeleton, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { useMe } from '../../../app/auth/context';
import { hasPermission } from '../../../app/auth/permissions';
import { useFetch } from '../../../app/hooks/useFetch';
import { RecordNotFound } from '../../../app/pages/NotFoundPage';
import { orDash } from '../../registry/orDash';
import { formatMinute } from '../../testing/time';
import { HistoryList } from '../../tracing/HistoryList';
import { fetchArea } from './api';
import type { AreaDetail as Detail, Change } from './api';
import { DecisionButtons, ProposeChangeButton } from './ChangeActions';
import { AreaMapView } from './lazyMaps';
import { BasisText, LiftingCard } from './LiftingCard';
import { LevelTag, useLevelName } from './LevelTag';
import { regionPath } from './useAreaColumns';
import { StatusTag } from './vocabulary';

const NotFound = () => <RecordNotFound backTo="/control/areas" backLabel="riskAreas.detail.back" />;

/** What a change does: its kind and the level it goes to. */
function ChangeTag({ change }: { change: Change }) {
  const { t } = useTranslation();
  const levelName = useLevelName();
  const to = change.toLevelLabel ? ` → ${levelName(change.toLevelLabel)}` : '';
  return <Tag>{`${t(`riskAreas.changeKind.${change.kind}`)}${to}`}</Tag>;
}

/** Why, and what became of it: the reason or the platform's rule, then the decision with its note. */
function ChangeNote({ change }: { change: Change }) {
  const { t } = useTranslation();
  const decision = change.decision && change.decidedBy && (
    <Typography.Text type={change.decision === 'approved' ? 'success' : 'danger'}>
      {t('riskAreas.detail.decided', {
        decision: t(change.decision === 'approved' ? 'riskAreas.detail.approved' : 'riskAreas.detail.rejected'),
        name: change.decidedBy.name,
      })}
      {change.decidedAt && ` ${formatMinute(change.decidedAt)}`}
      {change.note && `：${change.note}`}
    </Typography.Text>
  );
  return (
    <Flex wrap gap={8}>
      <span>{change.reason}</span>
      {change.basis && <BasisText basis={change.basis} />}
      {decision}
    </Flex>
  );
}

function OpenChange({ change, onChanged }: { change: Change; onChanged: (area: Detail) => void }) {
  const { t } = useTranslation();
  return (
    <Card size="small" title={t('riskAreas.detail.openChange')} data-testid="open-change">
      <Flex vertical gap={8}>
        <Flex wrap gap={8} align="center">
          <ChangeTag change={change} />
          <Typography.Text>
            {change.proposedBy
              ? t('riskAreas.detail.proposedBy', { name: change.proposedBy.name })
              : t('riskAreas.detail.proposedByPlatform')}
          </Typography.Text>
          <Typography.Text type="secondary">{formatMinute(change.proposedAt)}</Typography.Text>
        </Flex>
        <ChangeNote change={change} />
        <DecisionButtons change={change} onDecided={onChanged} />
      </Flex>
    </Card>
  );
}

function AreaFacts({ area }: { area: Detail }) {
  const { t } = useTranslation();
  const at = (iso: string | null) => (iso ? formatMinute(iso) : orDash(null));
  return (
    <Descriptions size="small" bordered column={{ xs: 1, md: 2 }}>
      <Descriptions.Item label={t('riskAreas.detail.target')}>{t(`riskAreas.kind.${area.kind}`)}</Descriptions.Item>
      <Descriptions.Item label={t('riskAreas.detail.region')}>{regionPath(area.regionNames)}</Descriptions.Item>
      {area.building && (
        <Descriptions.Item label={t('riskAreas.detail.building')}>{area.building.address}</Descriptions.Item>
      )}
      <Descriptions.Item label={t('riskAreas.detail.startsAt')}>{at(area.startsAt)}</Descriptions.Item>
      <Descriptions.Item label={t('riskAreas.detail.levelSince')}>{at(area.levelSince)}</Descriptions.Item>
      {area.liftedAt && (
        <Descriptions.Item label={t('riskAreas.detail.liftedAt')}>{at(area.liftedAt)}</Descriptions.Item>
      )}
      <Descriptions.Item label={t('riskAreas.detail.households')}>
        <span data-testid="area-households">{area.households}</span>
      </Descriptions.Item>
      <Descriptions.Item label={t('riskAreas.detail.protocol')}>
        {t('riskAreas.detail.protocolValue', area.protocol)}
      </Descriptions.Item>
      <Descriptions.Item label={t('riskAreas.detail.createdBy')}>
        {orDash(area.createdBy?.name ?? null)}
      </Descriptions.Item>
      <Descriptions.Item label={t('riskAreas.detail.reason')} span={2}>
        {area.reason}
      </Descriptions.Item>
    </Descriptions>
  );
}

function AreaView({ areaId }: { areaId: number }) {
  const { t } = useTranslation();
  const canPropose = hasPermission(useMe(), 'riskarea.propose');
  const load = useCallback((signal: AbortSignal) => fetchArea(areaId, signal), [areaId]);
  const { data, error } = useFetch(load);
  // A change answers with the new record: shown as is until the next read.
  const [saved, setSaved] = useState<{ area: Detail; over: Detail | undefined } | null>(null);
  const area = saved && saved.over === data ? saved.area : data;
  const changed = (next: Detail) => setSaved({ area: next, over: data });

  if (error && !area) return <NotFound />;
  if (!area) return <Skeleton active />;
  return (
    <Flex vertical gap={16}>
      <Flex wrap gap={8} align="center" justify="space-between">
        <Flex wrap gap={8} align="center">
          <Typography.Title level={4} style={{ margin: 0 }} data-testid="area-title">
            {area.code} {area.name}
          </Typography.Title>
          <LevelTag label={area.levelLabel} closure={area.closure} />
          <span data-testid="area-status">
            <StatusTag status={area.status} />
          </span>
        </Flex>
        <Flex gap={8}>
          {canPropose && area.status === 'active' && !area.openChange && (
            <ProposeChangeButton area={area} onProposed={changed} />
          )}
          <Link to="/control/areas">
            <Button>{t('riskAreas.detail.back')}</Button>
          </Link>
        </Flex>
      </Flex>
      {area.openChange && <OpenChange change={area.openChange} onChanged={changed} />}
      <AreaFacts area={area} />
      {area.polygon && <AreaMapView value={area.polygon} height={280} />}
      {area.status === 'active' && <LiftingCard lifting={area.lifting} />}
      <Typography.Title level={5} style={{ margin: 0 }}>
        {t('riskAreas.detail.history')}
      </Typography.Title>
      <HistoryList
        testId="area-history"
        entries={area.history.map((change) => ({
          key: String(change.id),
          at: change.proposedAt,
          tag: <ChangeTag change={change} />,
          by: change.proposedBy?.name ?? t('riskAreas.detail.proposedByPlatform'),
          note: <ChangeNote change={change} />,
        }))}
      />
    </Flex>
  );
}

/** A risk area's page: what and where, its open change to decide, its lifting criteria and its history. */
export function AreaDetail() {
  const { areaId } = useParams();
  const id = Number(areaId);
  return Number.isInteger(id) && id > 0 ? <AreaView key={id} areaId={id} /> : <NotFound />;
}
