import { Button } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAction } from '../../../app/hooks/useAction';
import { fetchKeyPersonInFull } from '../api';
import type { KeyPerson } from '../api';

/**
 * The person's phone in full, on request: the grid worker has to call them. Each reveal is one audited
 * read on the server; lists stay masked.
 */
export function RevealPhone({ person, block }: { person: KeyPerson; block?: boolean | undefined }) {
  const { t } = useTranslation();
  const [phone, setPhone] = useState<string | null>(null);
  const { run, busy } = useAction();
  const reveal = () => run(async () => setPhone((await fetchKeyPersonInFull(person.id)).phone));
  if (phone)
    return (
      <a href={`tel:${phone}`} data-testid={`key-person-phone-${person.id}`}>
        {phone}
      </a>
    );
  return (
    <Button
      size={block ? 'middle' : 'small'}
      block={block}
      loading={busy}
      onClick={() => void reveal()}
      data-testid={`key-person-reveal-${person.id}`}
    >
      {t('screening.person.reveal')}
    </Button>
  );
}
