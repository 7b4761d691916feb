import { useState } from 'react';
import { Button, Card, Flex, Input, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useMe } from '../../../app/auth/context';
import { hasPermission } from '../../../app/auth/permissions';
import { useAction } from '../../../app/hooks/useAction';
import { fixOnSpot, uploadFindingPhoto } from './api';
import type { Finding } from './api';
import { PhotoButton } from './PhotoButton';
import { PhotoStrip } from './PhotoStrip';
import { DispositionTag, FindingSeverityTag } from './tags';
import { IssueOrderDrawer } from '../orders/IssueOrderDrawer';

type Props = { finding: Finding; onChanged: () => void };

/** The fix on the spot of an open finding: a photo of it first, then what was done. */
function FixOnSpot({ finding, onChanged }: Props) {
  const { t } = useTranslation();
  const { run, busy } = useAction();
  const [note, setNote] = useState('');
  const hasPhoto = finding.photos.length > 0;
  return (
    <Flex vertical gap={8}>
      <PhotoButton
        label={t('supervision.finding.fixPhoto')}
        upload={(file) => uploadFindingPhoto(finding.id, file)}
        onUploaded={onChanged}
        testId={`finding-photo-${finding.id}`}
      />
      <Input.TextArea
        value={note}
        onChange={(e) => setNote(e.target.value)}
        placeholder={t('supervision.finding.fixNote')}
        autoSize={{ minRows: 1 }}
        maxLength={1000}
      />
      <Button
        size="large"
        disabled={!hasPhoto || !note.trim()}
        loading={busy}
        title={hasPhoto ? undefined : t('supervision.finding.fixNeedsPhoto')}
        onClick={() =>
          void run(async () => {
            await fixOnSpot(finding.id, note.trim());
            onChanged();
          })
        }
        data-testid={`finding-fix-${finding.id}`}
      >
        {t('supervision.finding.fixOnSpot')}
      </Button>
    </Flex>
  );
}

/** Hands an open finding to the responsible unit as a 交办单. */
function OrderButton({ finding, onChanged }: Props) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button size="large" type="primary" onClick={() => setOpen(true)} data-testid={`finding-order-${finding.id}`}>
        {t('rectification.issue.open')}
      </Button>
      <IssueOrderDrawer
        finding={open ? finding : null}
        onClose={() => setOpen(false)}
        onIssued={() => {
          setOpen(false);
          onChanged();
        }}
      />
    </>
  );
}

/**
 * A finding with its severity and disposition; an inspector fixes an open one on the spot or hands it to the
 * unit as an order.
 */
export function FindingCard({ finding, onChanged }: Props) {
  const { t } = useTranslation();
  const canInspect = hasPermission(useMe(), 'supervision.inspect');
  return (
    <Card size="small" data-testid={`finding-${finding.itemKey ?? finding.id}`}>
      <Flex vertical gap={8}>
        <Typography.Text strong>{finding.description}</Typography.Text>
        <Flex gap={4} wrap>
          <FindingSeverityTag severity={finding.severity} />
          <DispositionTag disposition={finding.disposition} />
          <Typography.Text type="secondary">
            {finding.itemKey ? t('supervision.finding.fromItem') : t('supervision.finding.byHand')}
          </Typography.Text>
        </Flex>
        {finding.fixedNote && <Typography.Text>{finding.fixedNote}</Typography.Text>}
        <PhotoStrip photos={finding.photos} />
        {canInspect && finding.disposition === 'open' && (
          <>
            <FixOnSpot finding={finding} onChanged={onChanged} />
            <OrderButton finding={finding} onChanged={onChanged} />
          </>
        )}
      </Flex>
    </Card>
  );
}
