import { App, Button, Drawer, Form } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useAction } from '../../../app/hooks/useAction';
import { reviseTemplate } from './api';
import type { ChecklistItem, TemplateDetail } from './api';
import { ItemFields, type EditedItem } from './ItemFields';

type Props = { open: boolean; template: TemplateDetail; onClose: () => void; onSaved: () => void };

// In the form, a choice says itself whether it passes; the server keeps the passing keys apart.
const toEdited = (item: ChecklistItem): EditedItem => ({
  ...item,
  choices: item.choices?.map((c) => ({ ...c, passes: (item.passing ?? []).includes(c.key) })),
});

function toItem({ choices, ...item }: EditedItem): ChecklistItem {
  const base = {
    key: item.key,
    textZh: item.textZh,
    textEn: item.textEn,
    kind: item.kind,
    weight: item.weight,
    mustFixNow: item.mustFixNow,
  };
  if (item.kind === 'yes_no') return { ...base, expected: item.expected ?? true };
  if (item.kind === 'number')
    return { ...base, min: item.min ?? undefined, max: item.max ?? undefined, unit: item.unit || undefined };
  return {
    ...base,
    choices: (choices ?? []).map(({ key, textZh, textEn }) => ({ key, textZh, textEn })),
    passing: (choices ?? []).filter((c) => c.passes).map((c) => c.key),
  };
}

/** Edits a template's items; saving makes the next version (the server refuses unsound items by field). */
export function ItemEditor({ open, template, onClose, onSaved }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { run, busy } = useAction();
  const [form] = Form.useForm<{ items: EditedItem[] }>();
  const active = template.versions.find((v) => v.active) ?? template.versions[0];
  return (
    <Drawer
      open={open}
      onClose={onClose}
      title={`${t('supervision.checklist.edit')} · ${template.name}`}
      size={640}
      styles={{ wrapper: { maxWidth: '100vw' } }}
      destroyOnHidden
    >
      <Form
        form={form}
        layout="vertical"
        initialValues={{ items: (active?.items ?? []).map(toEdited) }}
        onFinish={(values) =>
          void run(async () => {
            const saved = await reviseTemplate(template.id, values.items.map(toItem));
            void message.success(t('supervision.checklist.saved', { version: saved.activeVersion }));
            onSaved();
          }, form)
        }
      >
        <Form.List name="items">
          {(fields, { add, remove }) => (
            <>
              {fields.map((field, index) => (
                <ItemFields key={field.key} name={field.name} index={index} onRemove={() => remove(field.name)} />
              ))}
              <Button
                block
                icon={<PlusOutlined />}
                onClick={() => add({ kind: 'yes_no', expected: true, weight: 2, mustFixNow: false })}
              >
                {t('supervision.checklist.addItem')}
              </Button>
            </>
          )}
        </Form.List>
        <Button
          type="primary"
          htmlType="submit"
          block
          loading={busy}
          style={{ marginTop: 16 }}
          data-testid="checklist-save"
        >
          {t('supervision.checklist.save')}
        </Button>
      </Form>
    </Drawer>
  );
}
