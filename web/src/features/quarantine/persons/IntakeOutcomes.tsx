import { Flex, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { IntakeOutcome, IntakeReply } from './api';

/** Each person of an intake: placed in a room (with how the placement rules were met) or refused, and why. */
export function IntakeOutcomes({ reply }: { reply: IntakeReply }) {
  const { t } = useTranslation();
  const columns = [
    {
      key: 'person',
      title: t('quarantine.intake.person'),
      render: (_: unknown, o: IntakeOutcome) => o.name ?? o.ref.idNumber ?? o.ref.residentId ?? o.ref.contactId,
    },
    {
      key: 'outcome',
      title: t('quarantine.intake.outcome'),
      render: (_: unknown, o: IntakeOutcome) =>
        o.outcome === 'placed' ? (
          <Tag color="green">{t('quarantine.intake.placedIn', { room: o.room?.number ?? '' })}</Tag>
        ) : (
          <Tag color="red">{t(`quarantine.refusals.${o.reason ?? 'not_found'}`)}</Tag>
        ),
    },
    {
      key: 'notes',
      title: t('quarantine.intake.notes'),
      render: (_: unknown, o: IntakeOutcome) => (
        <Flex gap={4} wrap>
          {o.notes.map((note) => (
            <Tag key={note}>{t(`quarantine.notes.${note}`)}</Tag>
          ))}
        </Flex>
      ),
    },
  ];
  return (
    <>
      <Typography.Paragraph data-testid="intake-summary">
        {t('quarantine.intake.summary', { placed: reply.placed, refused: reply.refused })}
      </Typography.Paragraph>
      <Table<IntakeOutcome>
        size="small"
        rowKey={(o) =>
          `${o.ref.residentId ?? ''}-${o.ref.contactId ?? ''}-${o.ref.idNumber ?? ''}-${o.quarantineId ?? o.reason}`
        }
        columns={columns}
        dataSource={reply.outcomes}
        pagination={false}
        scroll={{ x: 'max-content' }}
      />
    </>
  );
}
