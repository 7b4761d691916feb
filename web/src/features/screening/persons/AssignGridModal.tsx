import { App, Form } from 'antd';
import { useTranslation } from 'react-i18next';
import { FormModal } from '../../../app/components/FormModal';
import { assignGrid } from '../api';
import type { KeyPerson } from '../api';
import { GridSelect } from './GridSelect';

type Values = { gridId: number };

type Props = { person: KeyPerson | null; onClose: () => void; onAssigned: (person: KeyPerson) => void };

/** Gives a person the registry could not place a grid, whose grid worker then follows them up. */
export function AssignGridModal({ person, onClose, onAssigned }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();

  const submit = async ({ gridId }: Values) => {
    if (!person) return;
    const assigned = await assignGrid(person.id, gridId);
    void message.success(t('screening.assign.assigned', { grid: assigned.grid?.name ?? '' }));
    onAssigned(assigned);
  };

  return (
    <FormModal<Values>
      open={person !== null}
      name="assignGrid"
      title={person && t('screening.assign.title', { name: person.name })}
      okTestId="assign-grid-submit"
      onClose={onClose}
      onSubmit={submit}
    >
      <Form.Item
        name="gridId"
        label={t('screening.assign.grid')}
        extra={t('screening.assign.gridHint')}
        rules={[{ required: true }]}
      >
        <GridSelect />
      </Form.Item>
    </FormModal>
  );
}
