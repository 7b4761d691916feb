import { App, Button, Form, Input, Select, Table, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { useAction } from '../../../app/hooks/useAction';
import { getLanguage } from '../../../app/i18n';
import { startImport } from './api';
import type { ColumnMapping, ImportField, ImportKind, ImportPreview, ImportRun } from './api';
import { SampleTable } from './SampleTable';

type Values = { mapping: Record<string, string | undefined>; saveMappingAs?: string };

/** A mapping as the form holds it: every field, with only columns this file has. */
function fitMapping({ fields, headers }: ImportPreview, columns: ColumnMapping): Values['mapping'] {
  return Object.fromEntries(
    fields.map(({ key }) => {
      const header = columns[key];
      return [key, header !== undefined && headers.includes(header) ? header : undefined];
    }),
  );
}

const mapped = (mapping: Values['mapping']): ColumnMapping =>
  Object.fromEntries(Object.entries(mapping).filter((entry): entry is [string, string] => entry[1] !== undefined));

type Props = { kind: ImportKind; preview: ImportPreview; onStarted: (run: ImportRun) => void };

/** Which column of the file fills which field, checked against the first rows; then the import starts. */
export function MappingForm({ kind, preview, onStarted }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { run, busy } = useAction();
  const [form] = Form.useForm<Values>();
  const english = getLanguage() === 'en';
  const headerOptions = preview.headers.map((header) => ({ value: header, label: header }));

  const submit = ({ mapping, saveMappingAs }: Values) =>
    run(async () => {
      const started = await startImport({
        uploadId: preview.uploadId,
        kind,
        mapping: mapped(mapping),
        encoding: preview.encoding ?? undefined,
        fileName: preview.fileName,
        saveMappingAs: saveMappingAs?.trim() || undefined,
      });
      void message.success(t('registry.import.started'));
      onStarted(started);
    }, form);

  const columns: TableColumnsType<ImportField> = [
    {
      key: 'field',
      title: t('registry.import.field'),
      render: (_, field) => (
        <>
          {field.required && <Typography.Text type="danger">* </Typography.Text>}
          {english ? field.labelEn : field.labelZh}
        </>
      ),
    },
    {
      key: 'column',
      title: t('registry.import.column'),
      render: (_, field) => (
        <Form.Item
          name={['mapping', field.key]}
          rules={[{ required: field.required, message: t('registry.import.columnRequired') }]}
          style={{ margin: 0 }}
        >
          <Select
            allowClear
            options={headerOptions}
            placeholder={t('registry.import.columnPlaceholder')}
            style={{ minWidth: 180 }}
          />
        </Form.Item>
      ),
    },
  ];

  return (
    <Form<Values>
      form={form}
      name="importMapping"
      layout="vertical"
      initialValues={{ mapping: fitMapping(preview, preview.guessedMapping) }}
      onFinish={(values) => void submit(values)}
    >
      {preview.encoding && (
        <Typography.Paragraph type="secondary">
          {t('registry.import.detectedEncoding', { encoding: t(`registry.encodings.${preview.encoding}`) })}
        </Typography.Paragraph>
      )}
      {preview.savedMappings.length > 0 && (
        <Form.Item label={t('registry.import.savedMapping')}>
          <Select
            options={preview.savedMappings.map(({ name }, index) => ({ value: index, label: name }))}
            onChange={(index: number) => {
              const saved = preview.savedMappings[index];
              if (saved) form.setFieldValue('mapping', fitMapping(preview, saved.columns));
            }}
            style={{ maxWidth: 320 }}
          />
        </Form.Item>
      )}
      <Form.Item label={t('registry.import.mapping')}>
        <Table<ImportField>
          rowKey="key"
          size="small"
          dataSource={preview.fields}
          columns={columns}
          pagination={false}
          scroll={{ x: 'max-content' }}
        />
      </Form.Item>
      <Form.Item label={t('registry.import.sample')}>
        <SampleTable headers={preview.headers} sample={preview.sample} />
      </Form.Item>
      <Form.Item
        name="saveMappingAs"
        label={t('registry.import.saveMappingAs')}
        extra={t('registry.import.saveMappingHint')}
      >
        <Input maxLength={64} style={{ maxWidth: 320 }} />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={busy} data-testid="import-start">
        {t('registry.import.start')}
      </Button>
    </Form>
  );
}
