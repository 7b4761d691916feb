import { useEffect, useMemo, useState } from 'react';
import { Alert, Button, Card, Form, InputNumber, Radio, Select, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useMe } from '../../../app/auth/context';
import { hasPermission } from '../../../app/auth/permissions';
import { type Campaign, fetchOpenRounds, fetchSamplingPoints, poolSizes } from './api';
import type { SignedTable } from './table';

type Values = { campaignId?: number; poolSize?: number; placeId?: number; tableNo?: number };
type PointOption = { id: number; name: string; tables: number | null };

const DEFAULT_POOL_SIZE = 10;
const MAX_TABLE_NO = 200;

/** The open rounds the user may sign in to; null when the list cannot be read (then typed by number). */
function useOpenRounds(): Campaign[] | null | undefined {
  const me = useMe();
  const canList = hasPermission(me, 'testing.sample');
  const [rounds, setRounds] = useState<Campaign[] | null | undefined>(canList ? undefined : null);
  useEffect(() => {
    if (!canList) return;
    const controller = new AbortController();
    fetchOpenRounds(controller.signal).then(
      (items) => setRounds(items),
      () => {
        if (!controller.signal.aborted) setRounds(null);
      },
    );
    return () => controller.abort();
  }, [canList]);
  return rounds;
}

/** Sampling points whose name contains what the sampler typed (for a round entered by number). */
function usePointSearch(enabled: boolean): {
  points: PointOption[];
  loading: boolean;
  failed: boolean;
  search: (q: string) => void;
} {
  const [q, setQ] = useState('');
  const [found, setFound] = useState<{ q: string; points: PointOption[]; failed: boolean } | undefined>(undefined);
  useEffect(() => {
    if (!enabled) return;
    const controller = new AbortController();
    const timer = setTimeout(() => {
      fetchSamplingPoints(q, controller.signal).then(
        (places) =>
          setFound({ q, failed: false, points: places.map((p) => ({ id: p.id, name: p.name, tables: null })) }),
        () => {
          if (!controller.signal.aborted) setFound({ q, failed: true, points: [] });
        },
      );
    }, 300);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [enabled, q]);
  return {
    points: found?.points ?? [],
    loading: enabled && found?.q !== q,
    failed: found?.failed ?? false,
    search: setQ,
  };
}

/** Signing in to a sampling table: the round, the sampling point and the table number. */
export function TableSignIn({ onSignIn }: { onSignIn: (table: SignedTable) => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const rounds = useOpenRounds();
  // Rounds are picked from the list when it can be read and has any; otherwise typed by number.
  const listed = Array.isArray(rounds) && rounds.length > 0;
  const pointSearch = usePointSearch(rounds === null || (Array.isArray(rounds) && rounds.length === 0));
  const campaignId = Form.useWatch('campaignId', form);
  const placeId = Form.useWatch('placeId', form);
  const round = listed ? rounds.find((r) => r.id === campaignId) : undefined;

  const points: PointOption[] = useMemo(
    () =>
      listed
        ? (round?.points ?? []).map((p) => ({ id: p.place.id, name: p.place.name, tables: p.tables }))
        : pointSearch.points,
    [listed, round, pointSearch.points],
  );
  // The chosen point stays named when a later search no longer finds it.
  const [chosen, setChosen] = useState<PointOption | undefined>(undefined);
  const point = points.find((p) => p.id === placeId) ?? (chosen?.id === placeId ? chosen : undefined);
  const pointOptions = point && !points.includes(point) ? [point, ...points] : points;

  const submit = (values: Values) => {
    if (values.campaignId === undefined || values.placeId === undefined || values.tableNo === undefined) return;
    const poolSize = round?.poolSize ?? values.poolSize ?? DEFAULT_POOL_SIZE;
    onSignIn({
      campaignId: values.campaignId,
      campaignName: round?.name ?? null,
      placeId: values.placeId,
      placeName: point?.name ?? `#${values.placeId}`,
      tableNo: values.tableNo,
      poolSize,
      poolSizeKnown: round !== undefined,
      mixedPooling: round ? round.poolingRules.length > 0 : true,
    });
  };

  const required = [{ required: true, message: t('sampling.table.required') }];
  return (
    <Card title={t('sampling.table.title')} data-testid="table-sign-in">
      <Form<Values>
        form={form}
        layout="vertical"
        size="large"
        initialValues={{ poolSize: DEFAULT_POOL_SIZE }}
        onFinish={submit}
        onValuesChange={(changed: Values) => {
          // Another round has other points, another point other tables.
          if ('campaignId' in changed) form.setFieldsValue({ placeId: undefined, tableNo: undefined });
          else if ('placeId' in changed) form.setFieldsValue({ tableNo: undefined });
        }}
      >
        {listed ? (
          <Form.Item name="campaignId" label={t('sampling.table.round')} rules={required}>
            <Select
              data-testid="table-round"
              placeholder={t('sampling.table.roundPlaceholder')}
              options={rounds.map((r) => ({ value: r.id, label: `${r.name}（#${r.id}）` }))}
            />
          </Form.Item>
        ) : (
          <>
            {rounds === undefined ? null : (
              <Typography.Paragraph type="secondary">{t('sampling.table.roundIdHelp')}</Typography.Paragraph>
            )}
            <Form.Item name="campaignId" label={t('sampling.table.roundId')} rules={required}>
              <InputNumber
                data-testid="table-round-id"
                min={1}
                precision={0}
                inputMode="numeric"
                style={{ width: '100%' }}
                disabled={rounds === undefined}
              />
            </Form.Item>
            <Form.Item name="poolSize" label={t('sampling.table.poolSize')} extra={t('sampling.table.poolSizeHelp')}>
              <Radio.Group
                optionType="button"
                buttonStyle="solid"
                options={poolSizes.map((n) => ({
                  value: n,
                  label: n === 1 ? t('sampling.table.single') : t('sampling.table.pooled', { n }),
                }))}
              />
            </Form.Item>
          </>
        )}
        <Form.Item name="placeId" label={t('sampling.table.point')} rules={required}>
          <Select
            data-testid="table-point"
            placeholder={t('sampling.table.pointPlaceholder')}
            showSearch={listed ? { optionFilterProp: 'label' } : { filterOption: false, onSearch: pointSearch.search }}
            loading={!listed && pointSearch.loading}
            disabled={listed && round === undefined}
            notFoundContent={t('sampling.table.noPoints')}
            options={pointOptions.map((p) => ({ value: p.id, label: p.name }))}
            onChange={(id: number) => setChosen(points.find((p) => p.id === id))}
          />
        </Form.Item>
        {!listed && pointSearch.failed && (
          <Alert type="warning" showIcon title={t('sampling.table.pointsFailed')} style={{ marginBottom: 16 }} />
        )}
        <Form.Item name="tableNo" label={t('sampling.table.tableNo')} rules={required}>
          {point?.tables ? (
            <Select
              data-testid="table-no"
              options={Array.from({ length: point.tables }, (_, i) => ({
                value: i + 1,
                label: t('sampling.table.tableOption', { n: i + 1 }),
              }))}
            />
          ) : (
            <InputNumber
              data-testid="table-no"
              min={1}
              max={MAX_TABLE_NO}
              precision={0}
              inputMode="numeric"
              style={{ width: '100%' }}
            />
          )}
        </Form.Item>
        <Button type="primary" htmlType="submit" block size="large" data-testid="table-submit">
          {t('sampling.table.submit')}
        </Button>
      </Form>
    </Card>
  );
}
