import { Button, Flex } from 'antd';
import { useTranslation } from 'react-i18next';
import type { KeyPerson } from '../api';
import { RevealPhone } from './RevealPhone';

export type PersonActions = {
  /** Offered for persons still pending. */
  onOutcome: (person: KeyPerson) => void;
  /** Offered to list managers, for persons the registry could not place. */
  onAssign?: (person: KeyPerson) => void;
};

/** What can be done with a person now: record the outcome, or give them a grid. */
export function KeyPersonActions({
  person,
  onOutcome,
  onAssign,
  block,
}: PersonActions & { person: KeyPerson; block?: boolean }) {
  const { t } = useTranslation();
  return (
    <Flex gap={8} wrap>
      {person.status === 'pending' && (
        <Button
          type="primary"
          size={block ? 'middle' : 'small'}
          block={block}
          onClick={() => onOutcome(person)}
          data-testid={`key-person-outcome-${person.id}`}
        >
          {t('screening.person.recordOutcome')}
        </Button>
      )}
      {person.phone !== null && <RevealPhone person={person} block={block} />}
      {onAssign && person.grid === null && (
        <Button
          size={block ? 'middle' : 'small'}
          block={block}
          onClick={() => onAssign(person)}
          data-testid={`key-person-assign-${person.id}`}
        >
          {t('screening.person.assign')}
        </Button>
      )}
    </Flex>
  );
}
