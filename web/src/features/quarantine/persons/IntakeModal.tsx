import { useState } from 'react';
import { Button, DatePicker, Form, Input, Modal, Segmented, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useMe } from '../../../app/auth/context';
import { hasPermission } from '../../../app/auth/permissions';
import { useAction } from '../../../app/hooks/useAction';
import { useFetch } from '../../../app/hooks/useFetch';
import { fetchContactsPage } from '../../tracing/api';
import type { Contact } from '../../tracing/api';
import { MINUTE_PICKER, optionalInstant } from '../../tracing/time';
import { fetchSites } from '../sites/api';
import { intake } from './api';
import type { IntakeReply, QuarantineGroup } from './api';
import { IntakeOutcomes } from './IntakeOutcomes';
import { useQuarantineOptions } from './vocabulary';

type Source = 'pasted' | 'contacts';
type Values = {
  source: Source;
  pasted?: string;
  contactIds?: number[];
  siteId: number;
  group: QuarantineGroup;
  startsAt?: Dayjs | null;
};

type Props = { open: boolean; onClose: () => void; onDone: () => void };

/** The ID numbers of a pasted list: the first one on each line (names and other columns are ignored). */
export function idNumbersOf(text: string): string[] {
  const found = text.split(/\r?\n/).map((line) => /\d{17}[\dXx]|\d{15}/.exec(line)?.[0]?.toUpperCase());
  return [...new Set(found.filter((n): n is string => n !== undefined))];
}

/** 批量转运入住: a pasted list or chosen contacts into one site; each placed in a suggested room or refused. */
export function IntakeModal({ open, onClose, onDone }: Props) {
  const { t } = useTranslation();
  const { groupOptions } = useQuarantineOptions();
  const [form] = Form.useForm<Values>();
  const { run, busy } = useAction();
  const tracesContacts = hasPermission(useMe(), 'tracing.read');
  const [contacts, setContacts] = useState<Contact[]>([]);
  const [reply, setReply] = useState<IntakeReply | null>(null);
  const sites = useFetch(fetchSites).data ?? [];

  const search = (q: string) =>
    void run(async () => {
      if (q.trim().length === 0) return;
      setContacts(
        (await fetchContactsPage({ q: q.trim(), page: 1, pageSize: 50 }, new AbortController().signal)).items,
      );
    });
  const submit = (values: Values) =>
    void run(async () => {
      const list =
        values.source === 'contacts'
          ? { contactIds: values.contactIds ?? [] }
          : { idNumbers: idNumbersOf(values.pasted ?? '') };
      setReply(
        await intake({
          ...list,
          siteId: values.siteId,
          group: values.group,
          startsAt: optionalInstant(values.startsAt),
        }),
      );
      onDone();
    }, form);
  const close = () => {
    setReply(null);
    form.resetFields();
    onClose();
  };

  return (
    <Modal
      open={open}
      title={t('quarantine.intake.title')}
      onCancel={close}
      width={720}
      destroyOnHidden
      footer={
        reply ? (
          <Button type="primary" onClick={close}>
            {t('quarantine.intake.close')}
          </Button>
        ) : (
          <Button type="primary" loading={busy} onClick={() => form.submit()} data-testid="intake-submit">
            {t('quarantine.intake.submit')}
          </Button>
        )
      }
    >
      {reply ? (
        <IntakeOutcomes reply={reply} />
      ) : (
        <Form<Values>
          form={form}
          name="intake"
          layout="vertical"
          initialValues={{ source: 'pasted', group: 'close_contact' }}
          onFinish={submit}
        >
          {/* Contacts are offered to those who may read them. */}
          <Form.Item name="source" hidden={!tracesContacts}>
            <Segmented<Source>
              block
              options={[
                { value: 'pasted', label: t('quarantine.intake.pasted') },
                { value: 'contacts', label: t('quarantine.intake.contacts') },
              ]}
            />
          </Form.Item>
          <Form.Item noStyle dependencies={['source']}>
            {({ getFieldValue }) =>
              getFieldValue('source') === 'contacts' ? (
                <Form.Item name="contactIds" label={t('quarantine.intake.contacts')} rules={[{ required: true }]}>
                  <Select
                    mode="multiple"
                    showSearch
                    filterOption={false}
                    onSearch={search}
                    placeholder={t('quarantine.create.contactPlaceholder')}
                    options={contacts.map((c) => ({ value: c.id, label: `${c.name} ${c.idNumber ?? ''}` }))}
                  />
                </Form.Item>
              ) : (
                <Form.Item
                  name="pasted"
                  label={t('quarantine.intake.pasted')}
                  extra={t('quarantine.intake.pasteHint')}
                  rules={[
                    {
                      validator: (_, value: string | undefined) =>
                        idNumbersOf(value ?? '').length > 0
                          ? Promise.resolve()
                          : Promise.reject(new Error(t('quarantine.intake.pasteEmpty'))),
                    },
                  ]}
                >
                  <Input.TextArea rows={6} data-testid="intake-pasted" />
                </Form.Item>
              )
            }
          </Form.Item>
          <Form.Item name="siteId" label={t('quarantine.create.site')} rules={[{ required: true }]}>
            <Select
              options={sites.map((s) => ({
                value: s.id,
                label: `${s.name}（${t('quarantine.create.freeBeds', { count: s.occupancy.freeBeds })}）`,
              }))}
            />
          </Form.Item>
          <Form.Item name="group" label={t('quarantine.create.group')} rules={[{ required: true }]}>
            <Select options={groupOptions} />
          </Form.Item>
          <Form.Item
            name="startsAt"
            label={t('quarantine.create.startsAt')}
            extra={t('quarantine.create.startsAtHint')}
          >
            <DatePicker {...MINUTE_PICKER} style={{ width: '100%' }} />
          </Form.Item>
        </Form>
      )}
    </Modal>
  );
}
