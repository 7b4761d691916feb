import { useState } from 'react';
import { App, Button, Flex, Form, Input, Table, Tag } from 'antd';
import type { TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { useMe } from '../../../app/auth/context';
import { useAction } from '../../../app/hooks/useAction';
import { receiveBox } from '../api';
import type { Box } from '../api';
import { formatMinute } from '../time';

type Values = { code: string; receiver: string; lab: string };

/** Signs for transport boxes as they arrive; the boxes received on this page are listed below. */
export function BoxReceipt() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const me = useMe();
  const [form] = Form.useForm<Values>();
  const { run, busy } = useAction();
  const [received, setReceived] = useState<Box[]>([]);

  const submit = (values: Values) =>
    void run(async () => {
      const box = await receiveBox(values.code.trim(), { receiver: values.receiver.trim(), lab: values.lab.trim() });
      void message.success(t('testing.lab.received', { code: box.code, tubes: box.tubes }));
      setReceived((boxes) => [box, ...boxes.filter((other) => other.code !== box.code)]);
      // The next box comes from the same lab and the same person: only its code is new.
      form.resetFields(['code']);
    }, form);

  const columns: TableColumnsType<Box> = [
    { key: 'code', title: t('testing.lab.boxCode'), dataIndex: 'code' },
    { key: 'tubes', title: t('testing.progress.tubes'), dataIndex: 'tubes', align: 'right' },
    { key: 'lab', title: t('testing.lab.labName'), dataIndex: 'lab' },
    { key: 'receiver', title: t('testing.lab.receiver'), dataIndex: 'receiver' },
    {
      key: 'receivedAt',
      title: t('testing.lab.receivedAt'),
      render: (_, box) => (box.receivedAt ? formatMinute(box.receivedAt) : <Tag>{box.status}</Tag>),
    },
  ];

  return (
    <Flex vertical gap={16}>
      <Form<Values>
        form={form}
        name="receiveBox"
        layout="inline"
        initialValues={{ receiver: me.displayName }}
        onFinish={submit}
        style={{ rowGap: 8 }}
      >
        <Form.Item
          name="code"
          label={t('testing.lab.boxCode')}
          rules={[{ required: true, whitespace: true }, { pattern: /^\s*[0-9A-Za-z-]{4,40}\s*$/ }]}
        >
          <Input maxLength={40} autoComplete="off" style={{ width: 180 }} />
        </Form.Item>
        <Form.Item name="receiver" label={t('testing.lab.receiver')} rules={[{ required: true, whitespace: true }]}>
          <Input maxLength={50} style={{ width: 140 }} />
        </Form.Item>
        <Form.Item name="lab" label={t('testing.lab.labName')} rules={[{ required: true, whitespace: true }]}>
          <Input maxLength={100} style={{ width: 200 }} />
        </Form.Item>
        <Form.Item>
          <Button type="primary" htmlType="submit" loading={busy} data-testid="box-receive">
            {t('testing.lab.receive')}
          </Button>
        </Form.Item>
      </Form>
      {received.length > 0 && (
        <Table<Box> rowKey="code" size="small" columns={columns} dataSource={received} pagination={false} />
      )}
    </Flex>
  );
}
