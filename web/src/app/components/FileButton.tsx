import { Button, Upload } from 'antd';
import { UploadOutlined } from '@ant-design/icons';
import type { ReactNode } from 'react';

type Props = {
  label: ReactNode;
  onFile: (file: File) => void;
  busy?: boolean;
  accept?: string;
  testId?: string;
};

/** A button that picks one ledger file and hands it to the page, which sends it through the one API client. */
export function FileButton({ label, onFile, busy = false, accept = '.xlsx,.csv', testId }: Props) {
  return (
    <Upload
      accept={accept}
      showUploadList={false}
      // Sent by the page rather than by antd, through the one API client.
      beforeUpload={(file) => {
        onFile(file);
        return false;
      }}
      data-testid={testId}
    >
      <Button type="primary" icon={<UploadOutlined />} loading={busy}>
        {label}
      </Button>
    </Upload>
  );
}
