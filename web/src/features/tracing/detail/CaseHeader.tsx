import { useState } from 'react';
import { Button, Descriptions, Flex, Typography } from 'antd';
import { ArrowLeftOutlined, AuditOutlined, EditOutlined, SwapOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useMe } from '../../../app/auth/context';
import { hasPermission } from '../../../app/auth/permissions';
import { orDash } from '../../registry/orDash';
import type { CaseDetail } from '../api';
import { formatMinute } from '../time';
import { ClassificationTag } from '../vocabulary';
import { ClassifyModal } from './ClassifyModal';
import { EditCaseModal } from './EditCaseModal';

type Props = { detail: CaseDetail; onChanged: (detail: CaseDetail) => void };

const minuteOrDash = (iso: string | null) => (iso ? formatMinute(iso) : orDash(null));

/** Who the case is and how it was found, with editing and reclassification for the tracing group. */
export function CaseHeader({ detail, onChanged }: Props) {
  const { t } = useTranslation();
  const canManage = hasPermission(useMe(), 'tracing.manage');
  const [dialog, setDialog] = useState<'edit' | 'classify' | null>(null);
  const changed = (next: CaseDetail) => {
    setDialog(null);
    onChanged(next);
  };
  const chain = [
    detail.cluster?.name,
    detail.generation === null ? undefined : t('tracing.case.generationValue', { generation: detail.generation }),
  ].filter((part) => part !== undefined);

  return (
    <Flex vertical gap={12}>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Flex align="center" wrap gap={8}>
          <Link to="/tracing" aria-label={t('tracing.case.back')}>
            <ArrowLeftOutlined />
          </Link>
          <Typography.Title level={4} style={{ margin: 0 }} data-testid="case-title">
            {detail.code} {detail.name}
          </Typography.Title>
          <span data-testid="case-classification">
            <ClassificationTag classification={detail.classification} />
          </span>
        </Flex>
        {canManage && (
          <Flex wrap gap={8}>
            <Button icon={<EditOutlined />} onClick={() => setDialog('edit')} data-testid="case-edit">
              {t('tracing.detail.edit')}
            </Button>
            <Button icon={<SwapOutlined />} onClick={() => setDialog('classify')} data-testid="case-classify">
              {t('tracing.detail.classify')}
            </Button>
          </Flex>
        )}
      </Flex>
      <Typography.Text type="secondary">
        <AuditOutlined /> {t('tracing.case.audited')}
        {detail.idNumber.includes('*') && ` ${t('tracing.case.masked')}`}
      </Typography.Text>
      <Descriptions
        size="small"
        column={{ xs: 1, sm: 2, lg: 3 }}
        items={[
          { key: 'idNumber', label: t('tracing.case.idNumber'), children: detail.idNumber },
          { key: 'phone', label: t('tracing.case.phone'), children: orDash(detail.phone) },
          { key: 'foundVia', label: t('tracing.case.foundVia'), children: t(`tracing.foundVias.${detail.foundVia}`) },
          { key: 'region', label: t('tracing.case.region'), children: orDash(detail.region?.name ?? null) },
          { key: 'chain', label: t('tracing.case.cluster'), children: orDash(chain.join(' · ') || null) },
          { key: 'onsetDate', label: t('tracing.case.onsetDate'), children: orDash(detail.onsetDate) },
          { key: 'sampledAt', label: t('tracing.case.sampledAt'), children: minuteOrDash(detail.sampledAt) },
          { key: 'foundAt', label: t('tracing.case.foundAt'), children: formatMinute(detail.foundAt) },
          { key: 'sourceTube', label: t('tracing.case.sourceTube'), children: orDash(detail.sourceTube) },
          {
            key: 'protocol',
            label: t('tracing.case.protocol'),
            children: t('tracing.case.protocolValue', { name: detail.protocol.name, version: detail.protocol.version }),
          },
          { key: 'note', label: t('tracing.case.note'), children: orDash(detail.note) },
        ]}
      />
      {canManage && (
        <>
          <EditCaseModal open={dialog === 'edit'} detail={detail} onClose={() => setDialog(null)} onSaved={changed} />
          <ClassifyModal
            open={dialog === 'classify'}
            detail={detail}
            onClose={() => setDialog(null)}
            onChanged={changed}
          />
        </>
      )}
    </Flex>
  );
}
