import { useCallback } from 'react';
import { Button, Drawer, Flex, Form, Input, List, Popconfirm, Select, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useAction } from '../../../app/hooks/useAction';
import { useFetch } from '../../../app/hooks/useFetch';
import { assignStaff, fetchStaff, removeStaff } from './api';
import type { Site, StaffRole } from './api';
import { useSiteOptions } from './vocabulary';

type Props = { open: boolean; site: Site; canManage: boolean; onClose: () => void; onChanged: () => void };

/** A site's staff by role, with medical staff per 50 isolated persons; managers assign users by name. */
export function StaffDrawer({ open, site, canManage, onClose, onChanged }: Props) {
  const { t } = useTranslation();
  const { roleOptions } = useSiteOptions();
  const { run, busy } = useAction();
  const [form] = Form.useForm<{ username: string; role: StaffRole }>();
  const { data, reload } = useFetch(useCallback((signal: AbortSignal) => fetchStaff(site.id, signal), [site.id]));

  const changed = () => {
    reload();
    onChanged();
  };
  const assign = (values: { username: string; role: StaffRole }) =>
    void run(async () => {
      await assignStaff(site.id, { username: values.username.trim(), role: values.role });
      form.resetFields(['username']);
      changed();
    }, form);

  return (
    <Drawer
      open={open}
      onClose={onClose}
      title={t('quarantine.staff.title')}
      size={480}
      styles={{ wrapper: { maxWidth: '100vw' } }}
    >
      <Typography.Paragraph>
        {site.medicalPer50 === null
          ? t('quarantine.staff.nobodyIsolated')
          : t('quarantine.staff.medicalPer50', { value: site.medicalPer50 })}
        <Typography.Text type="secondary">{` ${t('quarantine.staff.reference')}`}</Typography.Text>
      </Typography.Paragraph>
      {canManage && (
        <Form
          form={form}
          layout="inline"
          initialValues={{ role: 'medical' }}
          onFinish={assign}
          style={{ marginBottom: 16, rowGap: 8 }}
        >
          <Form.Item name="username" rules={[{ required: true, whitespace: true }]}>
            <Input placeholder={t('quarantine.staff.username')} maxLength={64} />
          </Form.Item>
          <Form.Item name="role">
            <Select options={roleOptions} style={{ width: 120 }} />
          </Form.Item>
          <Button type="primary" htmlType="submit" loading={busy}>
            {t('quarantine.staff.assign')}
          </Button>
        </Form>
      )}
      <List
        dataSource={data ?? []}
        locale={{ emptyText: t('quarantine.staff.empty') }}
        renderItem={(member) => (
          <List.Item
            actions={
              canManage
                ? [
                    <Popconfirm
                      key="remove"
                      title={t('quarantine.staff.removeConfirm', { name: member.displayName })}
                      onConfirm={() =>
                        void run(async () => {
                          await removeStaff(site.id, member.userId);
                          changed();
                        })
                      }
                    >
                      <Button type="link" size="small" danger>
                        {t('quarantine.staff.remove')}
                      </Button>
                    </Popconfirm>,
                  ]
                : []
            }
          >
            <Flex gap={8} align="center">
              <Tag>{t(`quarantine.staffRoles.${member.role}`)}</Tag>
              {member.displayName}
              <Typography.Text type="secondary">{member.username}</Typography.Text>
            </Flex>
          </List.Item>
        )}
      />
    </Drawer>
  );
}
