import { Form, Input, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { FormModal } from '../../../app/components/FormModal';
import { RegionTreeSelect } from '../../regions/RegionTreeSelect';
import { createList, importSources } from '../api';
import type { ImportReply, NewList } from '../api';
import { MAX_PERSONS, parsePersonLines } from './personLines';
import { useRejectionText } from './useRejectionText';

type Values = { name: string; source: NewList['source']; regionId: number; persons?: string };

type Props = { open: boolean; onClose: () => void; onCreated: (reply: ImportReply) => void };

/**
 * A new screening list with its persons pasted in (typed, or rows copied from a spreadsheet). The rows left
 * out come back by line of the pasted text, whether this page or the server set them aside.
 */
export function CreateListModal({ open, onClose, onCreated }: Props) {
  const { t } = useTranslation();
  const rejectionText = useRejectionText();

  const submit = async ({ name, source, regionId, persons: text }: Values) => {
    const { persons, invalid } = parsePersonLines(text ?? '');
    const reply = await createList({ name: name.trim(), source, regionId, persons: persons.map((p) => p.person) });
    // The server counts rows of what it was sent; the user counts lines of what they pasted.
    const rejected = [
      ...invalid,
      ...reply.rejected.map((rejection) => ({ ...rejection, row: persons[rejection.row - 1]?.line ?? rejection.row })),
    ].sort((a, b) => a.row - b.row);
    onCreated({ ...reply, rejected });
  };

  const checkPersons = (_: unknown, text: string | undefined) => {
    const { persons, invalid } = parsePersonLines(text ?? '');
    const [first] = invalid;
    // Every line refused: say what is wrong rather than make an empty list by mistake. No lines at all is an
    // empty list on purpose, its file imported next.
    if (persons.length === 0 && first) return Promise.reject(new Error(rejectionText(first)));
    if (persons.length > MAX_PERSONS)
      return Promise.reject(new Error(t('screening.list.tooManyRows', { max: MAX_PERSONS })));
    return Promise.resolve();
  };

  return (
    <FormModal<Values>
      open={open}
      name="screeningList"
      title={t('screening.list.createTitle')}
      width={720}
      okText={t('screening.list.createSubmit')}
      okTestId="screening-list-submit"
      initialValues={{ source: 'risk_area_returnee' }}
      onClose={onClose}
      onSubmit={submit}
    >
      <Form.Item name="name" label={t('screening.list.name')} rules={[{ required: true, whitespace: true }]}>
        <Input maxLength={100} placeholder={t('screening.list.namePlaceholder')} />
      </Form.Item>
      <Form.Item name="source" label={t('screening.list.source')} rules={[{ required: true }]}>
        <Select options={importSources.map((source) => ({ value: source, label: t(`screening.sources.${source}`) }))} />
      </Form.Item>
      <Form.Item
        name="regionId"
        label={t('screening.list.region')}
        extra={t('screening.list.regionHint')}
        rules={[{ required: true }]}
      >
        <RegionTreeSelect />
      </Form.Item>
      <Form.Item
        name="persons"
        label={t('screening.list.rows')}
        extra={t('screening.list.rowsHint', { max: MAX_PERSONS })}
        rules={[{ validator: checkPersons }]}
      >
        <Input.TextArea rows={8} spellCheck={false} placeholder={t('screening.list.rowsPlaceholder')} />
      </Form.Item>
    </FormModal>
  );
}
