import { useState } from 'react';
import { Button, Flex, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { useMe } from '../../../app/auth/context';
import { hasPermission } from '../../../app/auth/permissions';
import { milestones } from '../api';
import type { CaseDetail, Milestone } from '../api';
import { formatMinute } from '../time';
import { MilestoneModal } from './MilestoneModal';

type Props = { detail: CaseDetail; onRecorded: (detail: CaseDetail) => void };

/** The six milestones (四早 and 2+4+24): the time of each one recorded, a button for each one missing. */
export function Milestones({ detail, onRecorded }: Props) {
  const { t } = useTranslation();
  const canManage = hasPermission(useMe(), 'tracing.manage');
  // Kept after the dialog closes, so it does not go blank mid-animation.
  const [chosen, setChosen] = useState<Milestone>('reported');
  const [open, setOpen] = useState(false);

  return (
    <Flex wrap gap={8}>
      {milestones.map((milestone) => {
        const at = detail.milestones[milestone];
        if (at)
          return (
            <Tag key={milestone} color="success" data-testid={`milestone-${milestone}`}>
              {t(`tracing.milestones.${milestone}`)} {formatMinute(at)}
            </Tag>
          );
        return canManage ? (
          <Button
            key={milestone}
            size="small"
            onClick={() => {
              setChosen(milestone);
              setOpen(true);
            }}
            data-testid={`milestone-record-${milestone}`}
          >
            {t('tracing.detail.record', { milestone: t(`tracing.milestones.${milestone}`) })}
          </Button>
        ) : (
          <Tag key={milestone}>{t(`tracing.milestones.${milestone}`)} —</Tag>
        );
      })}
      {canManage && (
        <MilestoneModal
          open={open}
          caseId={detail.id}
          milestone={chosen}
          onClose={() => setOpen(false)}
          onRecorded={(next) => {
            setOpen(false);
            onRecorded(next);
          }}
        />
      )}
    </Flex>
  );
}
