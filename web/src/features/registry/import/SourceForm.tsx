import { Button, Form, Select, Upload } from 'antd';
import { UploadOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { importKinds } from './api';
import type { EncodingChoice, ImportSource } from './api';

/** What to import, before a file is chosen. */
export type SourceChoice = Omit<ImportSource, 'file'> & { file: File | null };

const ENCODINGS: EncodingChoice[] = ['auto', 'utf8', 'gbk'];

type Props = { value: SourceChoice; onChange: (value: SourceChoice) => void; reading: boolean };

/** Kind, encoding and file; every change is read (previewed) at once, so there is no extra button. */
export function SourceForm({ value, onChange, reading }: Props) {
  const { t } = useTranslation();
  return (
    <Form layout="inline" style={{ rowGap: 8, marginBottom: 16 }}>
      <Form.Item label={t('registry.import.kind')}>
        <Select
          value={value.kind}
          onChange={(kind) => onChange({ ...value, kind })}
          options={importKinds.map((kind) => ({ value: kind, label: t(`registry.kinds.${kind}`) }))}
          style={{ width: 140 }}
        />
      </Form.Item>
      <Form.Item label={t('registry.import.encoding')}>
        <Select
          value={value.encoding}
          onChange={(encoding) => onChange({ ...value, encoding })}
          options={ENCODINGS.map((encoding) => ({ value: encoding, label: t(`registry.encodings.${encoding}`) }))}
          style={{ width: 120 }}
        />
      </Form.Item>
      <Form.Item label={t('registry.import.file')}>
        <Upload
          accept=".xlsx,.csv"
          showUploadList={false}
          // Kept in the page rather than sent by antd: the preview request carries it with its fields.
          beforeUpload={(file) => {
            onChange({ ...value, file });
            return false;
          }}
          data-testid="import-file"
        >
          <Button icon={<UploadOutlined />} loading={reading}>
            {value.file?.name ?? t('registry.import.chooseFile')}
          </Button>
        </Upload>
      </Form.Item>
    </Form>
  );
}
