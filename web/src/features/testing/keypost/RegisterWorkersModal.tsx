import { Form, Input, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { FormModal } from '../../../app/components/FormModal';
import { PlaceSelect } from '../../registry/places/PlaceSelect';
import { registerWorkers } from './api';
import type { KeypostGroup } from './api';
import { MAX_WORKERS, parseWorkerLines } from './workerLines';
import type { LineRejection } from './workerLines';

type Values = { groupId: number; placeId: number; lines: string };

/** What came of one registration: counts, and the lines left out with why (by line of the pasted text). */
export type RegisterOutcome = { registered: number; already: number; rejected: LineRejection[] };

type Props = {
  open: boolean;
  groups: KeypostGroup[];
  onClose: () => void;
  onRegistered: (outcome: RegisterOutcome) => void;
};

/** Registers residents, pasted by ID number (optionally with their post), as workers of a workplace in a group. */
export function RegisterWorkersModal({ open, groups, onClose, onRegistered }: Props) {
  const { t } = useTranslation();

  const submit = async ({ groupId, placeId, lines }: Values) => {
    const { workers, invalid } = parseWorkerLines(lines);
    // Lines all wrong here are not sent: the outcome says why line by line.
    const answer =
      workers.length > 0
        ? await registerWorkers({
            groupId,
            placeId,
            workers: workers.map(({ idNumber, post }) => (post ? { idNumber, post } : { idNumber })),
          })
        : { registered: 0, already: 0, rejected: [] };
    // The server counts rows of what it was sent; the user counts lines of what they pasted.
    const rejected = [
      ...invalid,
      ...answer.rejected.map(({ row, reason }) => ({ line: workers[row - 1]?.line ?? row, reason })),
    ].sort((a, b) => a.line - b.line);
    onRegistered({ registered: answer.registered, already: answer.already, rejected });
  };

  const checkLines = (_: unknown, text: string | undefined) => {
    const { workers, invalid } = parseWorkerLines(text ?? '');
    if (workers.length + invalid.length === 0) return Promise.reject(new Error(t('testing.keypost.linesRequired')));
    if (workers.length > MAX_WORKERS)
      return Promise.reject(new Error(t('testing.keypost.tooManyLines', { max: MAX_WORKERS })));
    return Promise.resolve();
  };

  return (
    <FormModal<Values>
      open={open}
      name="keypostRegister"
      title={t('testing.keypost.registerTitle')}
      width={640}
      okText={t('testing.keypost.registerSubmit')}
      okTestId="keypost-register-submit"
      onClose={onClose}
      onSubmit={submit}
    >
      <Form.Item name="groupId" label={t('testing.keypost.group')} rules={[{ required: true }]}>
        <Select<number>
          options={groups.map((group) => ({ value: group.id, label: group.name }))}
          placeholder={t('testing.keypost.groupPlaceholder')}
        />
      </Form.Item>
      <Form.Item name="placeId" label={t('testing.keypost.place')} rules={[{ required: true }]}>
        <PlaceSelect placeholder={t('testing.keypost.placePlaceholder')} data-testid="keypost-register-place" />
      </Form.Item>
      <Form.Item
        name="lines"
        label={t('testing.keypost.lines')}
        extra={t('testing.keypost.linesHint', { max: MAX_WORKERS })}
        rules={[{ validator: checkLines }]}
      >
        <Input.TextArea rows={10} placeholder={t('testing.keypost.linesPlaceholder')} spellCheck={false} />
      </Form.Item>
    </FormModal>
  );
}
