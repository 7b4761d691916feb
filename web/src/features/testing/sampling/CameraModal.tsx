import { useEffect, useEffectEvent, useRef, useState } from 'react';
import { Alert, Button, Flex, Modal, Spin } from 'antd';
import { useTranslation } from 'react-i18next';
import { type Scanner, type ScannerFailure, ScannerError, startScanner } from './scanner';

type Props = {
  open: boolean;
  title: string;
  /** The first code read; the camera is turned off before this is called. */
  onCode: (code: string) => void;
  onClose: () => void;
};

/** The camera full-width, reading one code; if the camera cannot be used it says why and typing remains. */
export function CameraModal({ open, title, onCode, onClose }: Props) {
  const { t } = useTranslation();
  return (
    <Modal
      open={open}
      title={title}
      onCancel={onClose}
      footer={
        <Button size="large" block onClick={onClose} data-testid="camera-close">
          {t('sampling.camera.typeInstead')}
        </Button>
      }
      destroyOnHidden
      centered
      width={480}
      styles={{ body: { padding: 0 } }}
    >
      {open && <CameraView onCode={onCode} />}
    </Modal>
  );
}

function CameraView({ onCode }: { onCode: (code: string) => void }) {
  const { t } = useTranslation();
  const video = useRef<HTMLVideoElement>(null);
  const [state, setState] = useState<'starting' | 'reading' | ScannerFailure>('starting');
  const deliver = useEffectEvent((code: string) => onCode(code));

  useEffect(() => {
    const element = video.current;
    if (!element) return;
    let scanner: Scanner | undefined;
    let cancelled = false;
    let done = false;
    startScanner(element, (code) => {
      if (done) return;
      done = true;
      scanner?.stop();
      deliver(code);
    }).then(
      (started) => {
        if (cancelled || done) started.stop();
        else {
          scanner = started;
          setState('reading');
        }
      },
      (error: unknown) => {
        if (!cancelled) setState(error instanceof ScannerError ? error.failure : 'failed');
      },
    );
    return () => {
      cancelled = true;
      scanner?.stop();
    };
  }, []);

  const failed = state !== 'starting' && state !== 'reading';
  return (
    <Flex vertical gap={8}>
      <div
        style={{ position: 'relative', background: '#000', aspectRatio: '4 / 3', display: failed ? 'none' : 'block' }}
      >
        <video ref={video} muted playsInline style={{ width: '100%', height: '100%', objectFit: 'cover' }} />
        {state === 'starting' && (
          <Flex align="center" justify="center" style={{ position: 'absolute', inset: 0 }}>
            <Spin size="large" />
          </Flex>
        )}
        {state === 'reading' && (
          // A frame to aim with.
          <div
            style={{
              position: 'absolute',
              inset: '25% 10%',
              border: '3px solid rgba(255,255,255,0.85)',
              borderRadius: 8,
              pointerEvents: 'none',
            }}
          />
        )}
      </div>
      {failed ? (
        <Alert
          type="warning"
          showIcon
          style={{ margin: 16 }}
          title={t(`sampling.camera.failure.${state}`)}
          description={t('sampling.camera.typeHint')}
          data-testid="camera-failure"
        />
      ) : (
        <div style={{ padding: '0 16px', textAlign: 'center' }}>{t('sampling.camera.aim')}</div>
      )}
    </Flex>
  );
}
