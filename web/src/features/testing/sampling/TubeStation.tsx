import { useCallback, useEffect, useRef, useState } from 'react';
import type { ReactNode, Ref } from 'react';
import { Alert, Button, Card, Flex, Input, List, Modal, Progress, Segmented, Space, Typography } from 'antd';
import type { InputRef } from 'antd';
import { CameraOutlined, CheckOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { CameraModal } from './CameraModal';
import type { PoolingMode } from './api';
import { type PersonReading, displayPerson, readPerson, readTube } from './codes';
import { type OpenTube, type QueuedEvent, record, samplesOfPerson, tubeEvents } from './queue';
import { StatusTag } from './StatusTag';
import { type SignedTable, capacityOf, saveTube } from './table';
import { useQueueRead } from './useQueue';

type Notice = { type: 'success' | 'warning' | 'error'; text: string };
type Doubtful = Extract<PersonReading, { kind: 'doubtful' }>;

const noEvents = () => Promise.resolve<QueuedEvent[]>([]);

function buzz(pattern: number | number[]): void {
  if (typeof navigator.vibrate === 'function') navigator.vibrate(pattern);
}

/** A big input with a camera button and a confirm button: what the sampler types or scans into. */
function CodeField({
  inputRef,
  value,
  onChange,
  onSubmit,
  onCamera,
  placeholder,
  disabled,
  busy,
  testId,
}: {
  inputRef: Ref<InputRef>;
  value: string;
  onChange: (value: string) => void;
  onSubmit: () => void;
  onCamera: () => void;
  placeholder: string;
  disabled?: boolean;
  busy: boolean;
  testId: string;
}) {
  const { t } = useTranslation();
  return (
    <Flex vertical gap={12}>
      <Button
        type="primary"
        size="large"
        block
        icon={<CameraOutlined />}
        onClick={onCamera}
        disabled={disabled}
        style={{ height: 64, fontSize: 18 }}
        data-testid={`${testId}-camera`}
      >
        {t('sampling.camera.open')}
      </Button>
      <Space.Compact block size="large">
        <Input
          ref={inputRef}
          value={value}
          onChange={(e) => onChange(e.target.value)}
          onPressEnter={onSubmit}
          placeholder={placeholder}
          disabled={disabled}
          autoComplete="off"
          autoCorrect="off"
          autoCapitalize="characters"
          spellCheck={false}
          enterKeyHint="done"
          style={{ height: 52, fontSize: 18 }}
          data-testid={`${testId}-input`}
        />
        <Button
          size="large"
          icon={<CheckOutlined />}
          onClick={onSubmit}
          loading={busy}
          disabled={disabled || value.trim() === ''}
          style={{ height: 52, minWidth: 72 }}
          data-testid={`${testId}-submit`}
        >
          {t('sampling.ok')}
        </Button>
      </Space.Compact>
    </Flex>
  );
}

/**
 * The work at a table: scan a tube, scan the persons into it up to the pool size, close it, next tube.
 * Every scan is written to the phone's database before the screen says it is done.
 */
export function TubeStation({
  table,
  initialTube,
  onRecorded,
}: {
  table: SignedTable;
  initialTube: OpenTube | null;
  onRecorded: () => void;
}) {
  const { t } = useTranslation();
  const [open, setOpen] = useState<OpenTube | null>(initialTube);
  const tube = open?.tube ?? null;
  // How the next tube is filled, where the round samples some areas otherwise than pooled.
  const [nextPooling, setNextPooling] = useState<PoolingMode>(initialTube?.pooling ?? 'pooled');
  const capacity = capacityOf(table, open?.pooling ?? 'pooled');
  const [tubeText, setTubeText] = useState('');
  const [personText, setPersonText] = useState('');
  const [notice, setNotice] = useState<Notice | null>(null);
  const [doubtful, setDoubtful] = useState<Doubtful | null>(null);
  const [camera, setCamera] = useState<'tube' | 'person' | null>(null);
  // Closing a tube before it is full is asked first; a full one is offered to close.
  const [askClose, setAskClose] = useState<'full' | 'early' | null>(null);
  const [busy, setBusy] = useState(false);
  // One scan at a time, whatever the taps and a hardware scanner's Enter keys do.
  const working = useRef(false);
  const tubeInput = useRef<InputRef>(null);
  const personInput = useRef<InputRef>(null);

  const readTubeEvents = useCallback(() => (tube ? tubeEvents(table, tube) : noEvents()), [table, tube]);
  const events = useQueueRead(readTubeEvents) ?? [];
  const members = events.filter((e) => e.kind === 'sample' && e.status !== 'rejected');
  const refused = events.filter((e) => e.kind === 'sample' && e.status === 'rejected');
  const full = members.length >= capacity;

  useEffect(() => {
    (tube ? personInput : tubeInput).current?.focus();
  }, [tube]);

  const setTube = (next: OpenTube | null) => {
    saveTube(table, next);
    setOpen(next);
  };

  const exclusive = async (work: () => Promise<void>) => {
    if (working.current) return;
    working.current = true;
    setBusy(true);
    try {
      await work();
    } catch {
      // The phone's database refused the write: nothing was recorded, so say so plainly.
      buzz([200, 100, 200]);
      setNotice({ type: 'error', text: t('sampling.storageFailed') });
    } finally {
      working.current = false;
      setBusy(false);
    }
  };

  const openTube = (raw: string) =>
    exclusive(async () => {
      const code = readTube(raw);
      if (!code) {
        setNotice({ type: 'error', text: t('sampling.tube.invalid') });
        return;
      }
      const earlier = await tubeEvents(table, code);
      if (earlier.some((e) => e.kind === 'seal' && e.status !== 'rejected')) {
        buzz([200, 100, 200]);
        setNotice({ type: 'error', text: t('sampling.tube.alreadyClosed', { tube: code }) });
        return;
      }
      const resumed = earlier.find((e) => e.kind === 'sample' && e.status !== 'rejected');
      setTube({ tube: code, pooling: resumed?.pooling ?? nextPooling });
      setTubeText('');
      buzz(50);
      setNotice({
        type: 'success',
        text: t(resumed ? 'sampling.tube.resumed' : 'sampling.tube.opened', { tube: code }),
      });
    });

  const addPerson = (raw: string, anyway = false) =>
    exclusive(async () => {
      if (!open) return;
      const { tube, pooling } = open;
      const reading = readPerson(raw);
      if (reading.kind === 'invalid') {
        buzz([200, 100, 200]);
        setNotice({ type: 'error', text: t('sampling.person.invalid') });
        return;
      }
      if (reading.kind === 'doubtful' && !anyway) {
        buzz([200, 100, 200]);
        setDoubtful(reading);
        setNotice(null);
        return;
      }
      setDoubtful(null);
      const { idNumber } = reading;
      // Read again from the database, not from the screen: it may be a moment behind.
      const inTube = (await tubeEvents(table, tube)).filter((e) => e.kind === 'sample' && e.status !== 'rejected');
      if (inTube.some((e) => e.person === idNumber)) {
        buzz([200, 100, 200]);
        setNotice({ type: 'error', text: t('sampling.person.twice', { person: displayPerson(idNumber) }) });
        setPersonText('');
        return;
      }
      if (inTube.length >= capacity) {
        setNotice({ type: 'error', text: t('sampling.tube.fullRefused', { n: capacity }) });
        setAskClose('full');
        return;
      }
      const elsewhere = (await samplesOfPerson(table.campaignId, idNumber)).find((e) => e.tube !== tube);
      await record(table, { kind: 'sample', tube, person: idNumber, pooling });
      onRecorded();
      setPersonText('');
      const n = inTube.length + 1;
      if (elsewhere) {
        buzz([100, 50, 100]);
        setNotice({
          type: 'warning',
          text: t('sampling.person.alreadySampled', { person: displayPerson(idNumber), tube: elsewhere.tube }),
        });
      } else {
        buzz(50);
        setNotice({
          type: 'success',
          text: t('sampling.person.recorded', { person: displayPerson(idNumber), n, pool: capacity }),
        });
      }
      if (n >= capacity) setAskClose('full');
    });

  const closeTube = () =>
    exclusive(async () => {
      if (!tube) return;
      setAskClose(null);
      await record(table, { kind: 'seal', tube });
      onRecorded();
      setTube(null);
      setDoubtful(null);
      buzz(100);
      setNotice({ type: 'success', text: t('sampling.tube.closed', { tube, n: members.length }) });
    });

  const dropTube = () => {
    setTube(null);
    setDoubtful(null);
    setNotice(null);
  };

  const onCameraCode = (code: string) => {
    const target = camera;
    setCamera(null);
    if (target === 'tube') void openTube(code);
    else if (target === 'person') void addPerson(code);
  };

  let step: ReactNode;
  if (!tube) {
    step = (
      <Card title={t('sampling.tube.scanTitle')}>
        {table.mixedPooling && (
          <Flex vertical gap={4} style={{ marginBottom: 12 }}>
            <Typography.Text type="secondary">{t('sampling.pooling.label')}</Typography.Text>
            <Segmented<PoolingMode>
              block
              size="large"
              value={nextPooling}
              onChange={setNextPooling}
              options={(['pooled', 'single', 'household'] as const).map((mode) => ({
                value: mode,
                label:
                  mode === 'pooled'
                    ? t('sampling.pooling.pooledN', { n: table.poolSize })
                    : t(`sampling.pooling.${mode}`),
              }))}
              data-testid="tube-pooling"
            />
          </Flex>
        )}
        <CodeField
          inputRef={tubeInput}
          value={tubeText}
          onChange={setTubeText}
          onSubmit={() => void openTube(tubeText)}
          onCamera={() => setCamera('tube')}
          placeholder={t('sampling.tube.placeholder')}
          busy={busy}
          testId="tube"
        />
      </Card>
    );
  } else {
    step = (
      <Card
        title={
          <Flex justify="space-between" align="center" gap={8} wrap>
            <span>
              {t('sampling.tube.current')}{' '}
              <Typography.Text code strong data-testid="tube-current">
                {tube}
              </Typography.Text>
              {table.mixedPooling && (
                <Typography.Text type="secondary">
                  {' '}
                  · {t(`sampling.pooling.${open?.pooling ?? 'pooled'}`)}
                </Typography.Text>
              )}
            </span>
            <Typography.Text strong style={{ fontSize: 20 }} data-testid="tube-count">
              {members.length} / {capacity}
            </Typography.Text>
          </Flex>
        }
      >
        <Flex vertical gap={12}>
          <Progress
            percent={Math.round((members.length / capacity) * 100)}
            showInfo={false}
            status={full ? 'success' : 'active'}
          />
          {full ? (
            <Alert type="success" showIcon title={t('sampling.tube.fullPrompt', { n: capacity })} />
          ) : (
            <CodeField
              inputRef={personInput}
              value={personText}
              onChange={(value) => {
                setPersonText(value);
                setDoubtful(null);
              }}
              onSubmit={() => void addPerson(personText)}
              onCamera={() => setCamera('person')}
              placeholder={t('sampling.person.placeholder')}
              busy={busy}
              testId="person"
            />
          )}
          {doubtful && (
            <Alert
              type="warning"
              showIcon
              data-testid="person-doubtful"
              title={t(`sampling.person.doubtful.${doubtful.problem}`)}
              description={t('sampling.person.doubtfulHint')}
              action={
                <Flex vertical gap={4}>
                  <Button size="large" onClick={() => void addPerson(doubtful.idNumber, true)}>
                    {t('sampling.person.recordAnyway')}
                  </Button>
                  <Button
                    size="large"
                    type="text"
                    onClick={() => {
                      setDoubtful(null);
                      personInput.current?.focus({ cursor: 'all' });
                    }}
                  >
                    {t('sampling.person.retype')}
                  </Button>
                </Flex>
              }
            />
          )}
          {refused.length > 0 && (
            <Alert type="error" showIcon title={t('sampling.tube.someRefused', { n: refused.length })} />
          )}
          {members.length === 0 ? (
            <Button size="large" block onClick={dropTube} data-testid="tube-drop">
              {t('sampling.tube.drop')}
            </Button>
          ) : full ? (
            <Button
              type="primary"
              danger
              size="large"
              block
              style={{ height: 64, fontSize: 18 }}
              onClick={() => void closeTube()}
              loading={busy}
              data-testid="tube-close"
            >
              {t('sampling.tube.close')}
            </Button>
          ) : (
            <Button
              danger
              size="large"
              block
              style={{ height: 56, fontSize: 16 }}
              onClick={() => setAskClose('early')}
              loading={busy}
              data-testid="tube-close"
            >
              {t('sampling.tube.close')}
            </Button>
          )}
          {events.length > 0 && (
            <List<QueuedEvent>
              size="small"
              header={t('sampling.tube.members')}
              dataSource={events.filter((e) => e.kind === 'sample').reverse()}
              rowKey="scanId"
              renderItem={(event) => (
                <List.Item extra={<StatusTag event={event} />}>
                  <Typography.Text style={{ fontFamily: 'monospace' }}>
                    {event.person ? displayPerson(event.person) : '—'}
                  </Typography.Text>
                </List.Item>
              )}
            />
          )}
        </Flex>
      </Card>
    );
  }

  return (
    <Flex vertical gap={12}>
      {notice && (
        <Alert
          type={notice.type}
          showIcon
          title={<span style={{ fontSize: 16 }}>{notice.text}</span>}
          closable={{ onClose: () => setNotice(null) }}
          data-testid="sampling-notice"
        />
      )}
      {step}
      <CameraModal
        open={camera !== null}
        title={t(camera === 'person' ? 'sampling.person.cameraTitle' : 'sampling.tube.cameraTitle')}
        onCode={onCameraCode}
        onClose={() => setCamera(null)}
      />
      <Modal
        open={askClose !== null && tube !== null}
        title={t(askClose === 'early' ? 'sampling.tube.closeEarlyTitle' : 'sampling.tube.fullTitle')}
        okText={t('sampling.tube.close')}
        cancelText={t('sampling.tube.later')}
        okButtonProps={{ size: 'large', danger: true }}
        cancelButtonProps={{ size: 'large' }}
        onOk={() => void closeTube()}
        onCancel={() => setAskClose(null)}
        centered
      >
        {askClose === 'early'
          ? t('sampling.tube.closeConfirm', { n: members.length, pool: capacity })
          : t('sampling.tube.fullPrompt', { n: capacity })}
      </Modal>
    </Flex>
  );
}
