import { useCallback, useState } from 'react';
import { Button, Card, Collapse, Flex, List, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useMe } from '../../../app/auth/context';
import { hasPermission } from '../../../app/auth/permissions';
import { useFetch } from '../../../app/hooks/useFetch';
import { formatMinute } from '../../tracing/time';
import { useKindLabel } from '../inspections/tags';
import { fetchTemplate, fetchTemplates } from './api';
import type { ChecklistVersion, TemplateSummary } from './api';
import { ItemEditor } from './ItemEditor';
import { ItemList } from './ItemList';

/** One template's versions, newest first, and (for checklist managers) the editor of its next one. */
function TemplateVersions({ templateId, onRevised }: { templateId: number; onRevised: () => void }) {
  const { t } = useTranslation();
  const canManage = hasPermission(useMe(), 'checklist.manage');
  const load = useCallback((signal: AbortSignal) => fetchTemplate(templateId, signal), [templateId]);
  const { data: template, reload } = useFetch(load);
  const [editing, setEditing] = useState(false);
  if (!template || template.id !== templateId) return null;
  const label = (v: ChecklistVersion) =>
    `${t('supervision.inspection.version', { version: v.version })} · ${formatMinute(v.createdAt)}${v.createdBy ? ` · ${v.createdBy}` : ''}`;
  return (
    <Flex vertical gap={8}>
      {canManage && (
        <Button onClick={() => setEditing(true)} data-testid="checklist-edit" style={{ alignSelf: 'start' }}>
          {t('supervision.checklist.edit')}
        </Button>
      )}
      <Collapse
        defaultActiveKey={[String(template.versions[0]?.id)]}
        items={template.versions.map((v) => ({
          key: String(v.id),
          label: label(v),
          extra: v.active ? <Tag color="green">{t('supervision.checklist.active')}</Tag> : null,
          children: <ItemList items={v.items} />,
        }))}
      />
      <ItemEditor
        open={editing}
        template={template}
        onClose={() => setEditing(false)}
        onSaved={() => {
          setEditing(false);
          reload();
          onRevised();
        }}
      />
    </Flex>
  );
}

/** The checklists per kind of target, with their versions; old inspections keep the version they used. */
export function ChecklistsTab() {
  const { t } = useTranslation();
  const kindLabel = useKindLabel();
  const { data: templates, loading, reload } = useFetch(fetchTemplates);
  const [openId, setOpenId] = useState<number | null>(null);
  return (
    <>
      <Typography.Paragraph type="secondary">{t('supervision.checklist.severityRule')}</Typography.Paragraph>
      <List<TemplateSummary>
        dataSource={templates ?? []}
        loading={loading}
        rowKey="id"
        split={false}
        locale={{ emptyText: t('supervision.checklist.empty') }}
        renderItem={(template) => (
          <List.Item style={{ padding: '0 0 12px' }}>
            <Card
              size="small"
              style={{ width: '100%' }}
              title={
                <Typography.Link onClick={() => setOpenId(openId === template.id ? null : template.id)}>
                  {template.name}
                </Typography.Link>
              }
              extra={<Tag>{kindLabel(template.targetKind)}</Tag>}
              data-testid={`checklist-${template.code}`}
            >
              <Typography.Text type="secondary">
                {`${t('supervision.checklist.activeVersion')} ${template.activeVersion ?? '—'} · ${t('supervision.checklist.items', { count: template.itemCount })}`}
              </Typography.Text>
              {openId === template.id && <TemplateVersions templateId={template.id} onRevised={reload} />}
            </Card>
          </List.Item>
        )}
      />
    </>
  );
}
