import { useRef } from 'react';
import { Button } from 'antd';
import { CameraOutlined } from '@ant-design/icons';
import { useAction } from '../../../app/hooks/useAction';

type Props = { label: string; upload: (file: File) => Promise<unknown>; onUploaded: () => void; testId: string };

/** Opens the phone's back camera (or a file picker on a desk) and uploads the photo taken. */
export function PhotoButton({ label, upload, onUploaded, testId }: Props) {
  const input = useRef<HTMLInputElement>(null);
  const { run, busy } = useAction();
  return (
    <>
      <input
        ref={input}
        type="file"
        accept="image/jpeg,image/png,image/webp"
        capture="environment"
        hidden
        data-testid={testId}
        onChange={(event) => {
          const file = event.target.files?.[0];
          event.target.value = '';
          if (file)
            void run(async () => {
              await upload(file);
              onUploaded();
            });
        }}
      />
      <Button size="large" icon={<CameraOutlined />} loading={busy} onClick={() => input.current?.click()}>
        {label}
      </Button>
    </>
  );
}
