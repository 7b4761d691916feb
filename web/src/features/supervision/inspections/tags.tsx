import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { supervisionZhCN } from '../i18n/zh-CN';
import type { FindingDisposition, FindingSeverity } from './api';

type TargetKind = keyof typeof supervisionZhCN.targetKinds;

const SEVERITY_COLORS: Record<FindingSeverity, string> = { minor: 'gold', major: 'orange', critical: 'red' };
const DISPOSITION_COLORS: Record<FindingDisposition, string> = {
  open: 'processing',
  fixed_on_spot: 'green',
  ordered: 'purple',
};

export function FindingSeverityTag({ severity }: { severity: FindingSeverity }) {
  const { t } = useTranslation();
  return <Tag color={SEVERITY_COLORS[severity]}>{t(`supervision.severities.${severity}`)}</Tag>;
}

export function DispositionTag({ disposition }: { disposition: FindingDisposition }) {
  const { t } = useTranslation();
  return <Tag color={DISPOSITION_COLORS[disposition]}>{t(`supervision.dispositions.${disposition}`)}</Tag>;
}

/** The kind of a target (a place type, or a community for a region node). */
export function useKindLabel() {
  const { t } = useTranslation();
  return (kind: string) => t(`supervision.targetKinds.${kind as TargetKind}`);
}
