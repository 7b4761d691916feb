import { Card, Flex, Typography } from 'antd';
import type { TableProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { CardList } from '../../../app/components/CardList';
import { formatMinute } from '../../testing/time';
import type { KeyPerson } from '../api';
import { KeyPersonActions } from './KeyPersonActions';
import type { PersonActions } from './KeyPersonActions';
import { DueText, EscalationTag, GridText, StatusTag } from './tags';

type Props = PersonActions & { tableProps: TableProps<KeyPerson>; now: number };

const secondary = (text: string) => <Typography.Text type="secondary">{text}</Typography.Text>;

/** One person as a grid worker works through them on a phone: who, where from, by when, and the buttons. */
function PersonCard({ person, now, ...actions }: PersonActions & { person: KeyPerson; now: number }) {
  const { t } = useTranslation();
  const { phone, address, fromArea, arrivedAt, outcome } = person;
  return (
    <Card
      size="small"
      title={person.name}
      extra={<StatusTag status={person.status} />}
      style={{ width: '100%' }}
      data-testid={`key-person-card-${person.id}`}
    >
      <Flex vertical gap={6}>
        <Typography.Text>{[person.idNumber, phone].filter(Boolean).join(' · ')}</Typography.Text>
        {address && <Typography.Text>{address}</Typography.Text>}
        {(fromArea || arrivedAt) &&
          secondary(
            [fromArea, arrivedAt && `${t('screening.person.arrivedAt')} ${formatMinute(arrivedAt)}`]
              .filter(Boolean)
              .join(' · '),
          )}
        {secondary(`${person.list.name}（${t(`screening.sources.${person.list.source}`)}）`)}
        <Flex gap={8} align="center" wrap>
          <GridText person={person} />
          <EscalationTag escalation={person.escalation} />
        </Flex>
        {person.status === 'pending' && <DueText person={person} now={now} />}
        {outcome &&
          secondary(
            [
              outcome.note,
              outcome.by && t('screening.person.outcomeBy', { by: outcome.by, at: formatMinute(outcome.at) }),
            ]
              .filter(Boolean)
              .join(' · '),
          )}
        <KeyPersonActions person={person} block {...actions} />
      </Flex>
    </Card>
  );
}

/** The key persons on a narrow screen, as cards with the same paging as the table. */
export function KeyPersonCards({ tableProps, now, ...actions }: Props) {
  const { t } = useTranslation();
  return (
    <CardList
      tableProps={tableProps}
      emptyText={t('screening.person.empty')}
      renderCard={(person) => <PersonCard person={person} now={now} {...actions} />}
      data-testid="key-person-cards"
    />
  );
}
