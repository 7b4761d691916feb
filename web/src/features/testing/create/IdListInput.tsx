import { useState } from 'react';
import { Button, Flex, Input, Upload } from 'antd';
import { UploadOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { idNumbersOfFile } from './idList';

type Props = { id?: string; value?: string; onChange?: (text: string) => void };

/**
 * The ID numbers of a listed target, one a line: pasted, or read here from a .txt or .csv file (its first
 * column) into the same text, so the rows reported back are lines the user sees. Works as a Form control.
 */
export function IdListInput({ id, value, onChange }: Props) {
  const { t } = useTranslation();
  const [reading, setReading] = useState(false);

  const read = async (file: File) => {
    setReading(true);
    try {
      onChange?.(idNumbersOfFile(await file.text()).join('\n'));
    } finally {
      setReading(false);
    }
  };

  return (
    <Flex vertical gap={8}>
      <Input.TextArea
        id={id}
        value={value}
        onChange={(event) => onChange?.(event.target.value)}
        rows={6}
        spellCheck={false}
        placeholder={t('testing.form.idListPlaceholder')}
      />
      <Upload
        accept=".txt,.csv"
        showUploadList={false}
        beforeUpload={(file) => {
          void read(file);
          return Upload.LIST_IGNORE;
        }}
        data-testid="campaign-id-file"
      >
        <Button size="small" icon={<UploadOutlined />} loading={reading}>
          {t('testing.form.idListFile')}
        </Button>
      </Upload>
    </Flex>
  );
}
