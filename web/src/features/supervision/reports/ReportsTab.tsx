import { useCallback, useState } from 'react';
import { Button, DatePicker, Flex, Select, Skeleton } from 'antd';
import { FileWordOutlined, FilePdfOutlined } from '@ant-design/icons';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useAction } from '../../../app/hooks/useAction';
import { useFetch } from '../../../app/hooks/useFetch';
import { dateOnly } from '../../tracing/time';
import { fetchReport, reportScopes, reportUrl } from '../orders/api';
import type { Report, ReportQuery, ReportScope } from '../orders/api';
import { fetchPlansPage } from '../plans/api';
import { ReportFigures } from './ReportFigures';

// The newest plans, as many as the plans API gives in one page (its pageSize is at most 100).
const loadPlans = (signal: AbortSignal) => fetchPlansPage({ page: 1, pageSize: 100 }, signal);

/** Reports of a plan, a plan's team or a period: figures, rates and lists, and their PDF and Word files. */
export function ReportsTab() {
  const { t } = useTranslation();
  const { data: plans } = useFetch(loadPlans);
  const { run, busy } = useAction();
  const [scope, setScope] = useState<ReportScope>('plan');
  const [planId, setPlanId] = useState<number>();
  const [period, setPeriod] = useState<[Dayjs, Dayjs] | null>(null);
  const [shown, setShown] = useState<{ query: ReportQuery; report: Report } | null>(null);
  const query = useCallback((): ReportQuery => {
    const days = period ? { from: dateOnly(period[0]), to: dateOnly(period[1]) } : {};
    return { scope, ...(scope !== 'period' && planId ? { planId } : {}), ...(scope !== 'plan' ? days : {}) };
  }, [scope, planId, period]);
  const ready = scope === 'period' ? period !== null : planId !== undefined;
  return (
    <Flex vertical gap={12} data-testid="reports">
      <Flex wrap gap={8} align="center">
        <Select<ReportScope>
          value={scope}
          onChange={setScope}
          style={{ width: 200 }}
          aria-label={t('rectification.report.scope')}
          options={reportScopes.map((value) => ({ value, label: t(`rectification.report.scopes.${value}`) }))}
        />
        {scope !== 'period' && (
          <Select<number>
            value={planId}
            onChange={setPlanId}
            style={{ minWidth: 260 }}
            showSearch
            optionFilterProp="label"
            placeholder={t('rectification.report.plan')}
            options={(plans?.items ?? []).map((p) => ({ value: p.id, label: `${p.code} ${p.title}` }))}
            data-testid="report-plan"
          />
        )}
        {scope !== 'plan' && (
          <DatePicker.RangePicker
            value={period}
            onChange={(range) => setPeriod(range?.[0] && range[1] ? [range[0], range[1]] : null)}
            aria-label={t('rectification.report.period')}
          />
        )}
        <Button
          type="primary"
          disabled={!ready}
          loading={busy}
          onClick={() =>
            void run(async () => {
              const q = query();
              setShown({ query: q, report: await fetchReport(q) });
            })
          }
          data-testid="report-show"
        >
          {t('rectification.report.show')}
        </Button>
        {shown && (
          <>
            <Button icon={<FilePdfOutlined />} href={reportUrl('pdf', shown.query)} data-testid="report-pdf">
              {t('rectification.report.pdf')}
            </Button>
            <Button icon={<FileWordOutlined />} href={reportUrl('docx', shown.query)} data-testid="report-docx">
              {t('rectification.report.docx')}
            </Button>
          </>
        )}
      </Flex>
      {busy && !shown ? <Skeleton active /> : shown && <ReportFigures report={shown.report} />}
    </Flex>
  );
}
