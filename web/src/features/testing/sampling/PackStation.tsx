import { useCallback, useState } from 'react';
import { Alert, Button, Card, Checkbox, Flex, Input, List, Space, Tag, Typography } from 'antd';
import { CameraOutlined, CheckOutlined, CloudUploadOutlined } from '@ant-design/icons';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../app/api/client';
import { type BoxRefusal, boxRefusals, handOverBox, packBox } from './api';
import { CameraModal } from './CameraModal';
import { readBoxCode, readTube } from './codes';
import { sealedTubes } from './queue';
import { SignInAgainModal } from '../../../app/offline/SignInAgainModal';
import { type PackedBox, type SignedTable, loadBox, loadPacked, saveBox, savePacked } from './table';
import { useQueueRead } from './useQueue';

/** The server's limit of tubes in one box. */
const MAX_BOX_TUBES = 500;

type Notice = { type: 'success' | 'warning' | 'error'; text: string; signedOut?: boolean };

const isBoxRefusal = (reason: string): reason is BoxRefusal => (boxRefusals as readonly string[]).includes(reason);

/**
 * The transport step at the sampling point: the sealed tubes go into a box, the box to a courier. Unlike
 * the scans this is not kept on the phone to send later: the box is packed and handed over with the
 * server's answer in hand, so it needs the network.
 */
export function PackStation({
  table,
  online,
  onSync,
  onSignedIn,
}: {
  table: SignedTable;
  online: boolean;
  /** Asks the sync loop to send the phone's pending scans now. */
  onSync: () => void;
  /** The sampler signed in again on the spot: the sync loop goes on too. */
  onSignedIn: () => void;
}) {
  const { t } = useTranslation();
  const { campaignId, placeId } = table;
  const readSealed = useCallback(() => sealedTubes(campaignId, placeId), [campaignId, placeId]);
  const sealed = useQueueRead(readSealed);
  const [packed, setPacked] = useState(loadPacked);
  const [result, setResult] = useState<PackedBox | null>(() => loadBox(table));
  const [boxText, setBoxText] = useState('');
  const [tubeText, setTubeText] = useState('');
  // Listed tubes go in unless unticked; tubes closed elsewhere are scanned in as extras.
  const [unticked, setUnticked] = useState<Set<string>>(() => new Set());
  const [extras, setExtras] = useState<string[]>([]);
  const [courier, setCourier] = useState('');
  const [camera, setCamera] = useState<'box' | 'tube' | null>(null);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [busy, setBusy] = useState(false);
  const [signingIn, setSigningIn] = useState(false);

  const seen = new Set<string>();
  const ready = (sealed ?? []).filter((s) => {
    if (!s.synced || packed.has(s.tube) || seen.has(s.tube)) return false;
    seen.add(s.tube);
    return true;
  });
  const waiting = (sealed ?? []).filter((s) => !s.synced && !packed.has(s.tube));
  const ticked = ready.filter((s) => !unticked.has(s.tube)).map((s) => s.tube);
  const chosen = [...new Set([...ticked, ...extras])];

  /** What to tell the sampler when the server did not do it. */
  const failure = (error: unknown, code: string, step: 'pack' | 'handover'): Notice => {
    const status = error instanceof ApiError ? error.status : -1;
    if (status === 0) return { type: 'error', text: t('sampling.pack.errors.network') };
    if (status === 401) return { type: 'error', text: t('sampling.pack.errors.signedOut'), signedOut: true };
    if (status === 403) return { type: 'error', text: t('sampling.pack.errors.forbidden') };
    if (status === 404) return { type: 'error', text: t('sampling.pack.errors.notFound') };
    if (status === 409)
      return {
        type: 'error',
        text: t(step === 'pack' ? 'sampling.pack.errors.boxUsed' : 'sampling.pack.errors.notPacked', { code }),
      };
    if (status === 400 || status === 422) return { type: 'error', text: t('sampling.pack.errors.invalid') };
    return { type: 'error', text: t('sampling.pack.errors.failed') };
  };

  const addTube = (raw: string) => {
    const tube = readTube(raw);
    if (!tube) {
      setNotice({ type: 'error', text: t('sampling.tube.invalid') });
      return;
    }
    setTubeText('');
    if (ready.some((s) => s.tube === tube)) {
      // One of the listed tubes: scanning it ticks it again.
      setUnticked((before) => new Set([...before].filter((other) => other !== tube)));
      setNotice({ type: 'success', text: t('sampling.pack.added', { tube }) });
    } else if (extras.includes(tube)) {
      setNotice({ type: 'warning', text: t('sampling.pack.alreadyIn', { tube }) });
    } else if (packed.has(tube)) {
      setNotice({ type: 'warning', text: t('sampling.pack.alreadyPacked', { tube }) });
    } else if (waiting.some((s) => s.tube === tube)) {
      setNotice({ type: 'warning', text: t('sampling.pack.notSynced', { tube }) });
    } else {
      setExtras((before) => [...before, tube]);
      setNotice({ type: 'success', text: t('sampling.pack.added', { tube }) });
    }
  };

  const pack = async () => {
    const code = readBoxCode(boxText);
    if (!code) {
      setNotice({ type: 'error', text: t('sampling.pack.boxInvalid') });
      return;
    }
    if (chosen.length > MAX_BOX_TUBES) {
      setNotice({ type: 'error', text: t('sampling.pack.tooMany', { max: MAX_BOX_TUBES }) });
      return;
    }
    if (!navigator.onLine) {
      setNotice({ type: 'error', text: t('sampling.pack.offline') });
      return;
    }
    setBusy(true);
    try {
      const answer = await packBox({ campaignId, code, tubes: chosen });
      const left = new Map(answer.refused.map((r) => [r.tube, r.reason]));
      // Tubes now in a box, this one or another, are not offered again.
      savePacked(chosen.filter((tube) => !left.has(tube) || left.get(tube) === 'tube_in_another_box'));
      setPacked(loadPacked());
      const next: PackedBox = { ...answer, campaignId, placeId };
      saveBox(next);
      setResult(next);
      setBoxText('');
      setExtras([]);
      setUnticked(new Set());
      setNotice(null);
    } catch (error) {
      setNotice(failure(error, code, 'pack'));
    } finally {
      setBusy(false);
    }
  };

  const handOver = async () => {
    if (!result) return;
    const name = courier.trim();
    if (!navigator.onLine) {
      setNotice({ type: 'error', text: t('sampling.pack.offline') });
      return;
    }
    setBusy(true);
    try {
      const box = await handOverBox(result.box.code, name);
      const next: PackedBox = { ...result, box };
      saveBox(next);
      setResult(next);
      setCourier('');
      setNotice(null);
    } catch (error) {
      setNotice(failure(error, result.box.code, 'handover'));
    } finally {
      setBusy(false);
    }
  };

  const nextBox = () => {
    saveBox(null);
    setResult(null);
    setNotice(null);
  };

  const onCameraCode = (code: string) => {
    const target = camera;
    setCamera(null);
    if (target === 'box') setBoxText(code.trim());
    else if (target === 'tube') addTube(code);
  };

  let body;
  if (result) {
    const { box, refused } = result;
    body = (
      <Card title={t('sampling.pack.resultTitle', { code: box.code })} data-testid="box-result">
        <Flex vertical gap={12}>
          <Flex align="baseline" justify="space-between" gap={8} wrap>
            <Typography.Text strong style={{ fontSize: 18 }}>
              {t('sampling.pack.packed', { n: box.tubes })}
            </Typography.Text>
            <Typography.Text type="secondary">
              {t('sampling.pack.packedAt', { time: dayjs(box.packedAt).format('HH:mm') })}
            </Typography.Text>
          </Flex>
          {refused.length > 0 && (
            <List
              size="small"
              header={t('sampling.pack.refused', { n: refused.length })}
              dataSource={refused}
              rowKey="tube"
              renderItem={({ tube, reason }) => (
                <List.Item
                  extra={
                    <Tag color="error">{isBoxRefusal(reason) ? t(`sampling.pack.reasons.${reason}`) : reason}</Tag>
                  }
                >
                  <Typography.Text style={{ fontFamily: 'monospace' }}>{tube}</Typography.Text>
                </List.Item>
              )}
            />
          )}
          {box.status !== 'packed' ? (
            <Alert
              type="success"
              showIcon
              title={<span style={{ fontSize: 16 }}>{t('sampling.pack.handed')}</span>}
              description={t('sampling.pack.handedDetail', {
                courier: box.courier ?? '—',
                time: box.handedAt ? dayjs(box.handedAt).format('YYYY-MM-DD HH:mm') : '—',
              })}
              data-testid="box-handed"
            />
          ) : box.tubes === 0 ? (
            <Alert type="warning" showIcon title={t('sampling.pack.empty')} />
          ) : (
            <Flex vertical gap={8}>
              <Typography.Text strong>{t('sampling.pack.courierTitle')}</Typography.Text>
              <Input
                size="large"
                value={courier}
                onChange={(e) => setCourier(e.target.value)}
                onPressEnter={() => courier.trim() && void handOver()}
                placeholder={t('sampling.pack.courierPlaceholder')}
                aria-label={t('sampling.pack.courier')}
                maxLength={50}
                autoComplete="off"
                enterKeyHint="done"
                style={{ height: 52, fontSize: 18 }}
                data-testid="box-courier"
              />
              <Button
                type="primary"
                size="large"
                block
                style={{ height: 56, fontSize: 16 }}
                onClick={() => void handOver()}
                loading={busy}
                disabled={!online || courier.trim() === ''}
                data-testid="box-handover"
              >
                {t('sampling.pack.handover')}
              </Button>
            </Flex>
          )}
          {(box.status !== 'packed' || box.tubes === 0) && (
            <Button size="large" block onClick={nextBox} data-testid="box-next">
              {t('sampling.pack.next')}
            </Button>
          )}
        </Flex>
      </Card>
    );
  } else {
    body = (
      <>
        <Card title={t('sampling.pack.boxTitle')}>
          <Space.Compact block size="large">
            <Input
              value={boxText}
              onChange={(e) => setBoxText(e.target.value)}
              placeholder={t('sampling.pack.boxPlaceholder')}
              autoComplete="off"
              autoCorrect="off"
              autoCapitalize="characters"
              spellCheck={false}
              enterKeyHint="next"
              style={{ height: 52, fontSize: 18 }}
              data-testid="box-code"
            />
            <Button
              size="large"
              icon={<CameraOutlined />}
              onClick={() => setCamera('box')}
              aria-label={t('sampling.pack.boxCameraTitle')}
              style={{ height: 52, minWidth: 60 }}
              data-testid="box-code-camera"
            />
          </Space.Compact>
        </Card>
        <Card title={t('sampling.pack.tubesTitle')}>
          <Flex vertical gap={12}>
            <Typography.Text type="secondary">{t('sampling.pack.tubesHint')}</Typography.Text>
            {waiting.length > 0 && (
              <Alert
                type="warning"
                showIcon
                data-testid="box-waiting"
                title={t('sampling.pack.waiting', {
                  n: waiting.length,
                  tubes: waiting
                    .slice(0, 5)
                    .map((s) => s.tube)
                    .join(', ')
                    .concat(waiting.length > 5 ? ' …' : ''),
                })}
                action={
                  <Button icon={<CloudUploadOutlined />} onClick={onSync} disabled={!online}>
                    {t('sampling.pack.syncNow')}
                  </Button>
                }
              />
            )}
            {ready.length === 0 ? (
              <Typography.Text type="secondary">{t('sampling.pack.none')}</Typography.Text>
            ) : (
              <Checkbox.Group
                value={ticked}
                onChange={(values) => setUnticked(new Set(ready.map((s) => s.tube).filter((x) => !values.includes(x))))}
                style={{ width: '100%' }}
                data-testid="box-tubes"
              >
                <Flex vertical gap={8} style={{ width: '100%' }}>
                  {ready.map((s) => (
                    <Checkbox key={s.tube} value={s.tube} style={{ fontSize: 16 }}>
                      <Typography.Text strong style={{ fontFamily: 'monospace' }}>
                        {s.tube}
                      </Typography.Text>{' '}
                      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                        {t('sampling.pack.tubeSealedAt', {
                          table: t('sampling.table.tableOption', { n: s.tableNo }),
                          time: dayjs(s.sealedAt).format('HH:mm'),
                        })}
                      </Typography.Text>
                    </Checkbox>
                  ))}
                </Flex>
              </Checkbox.Group>
            )}
            {extras.length > 0 && (
              <Flex gap={4} wrap>
                {extras.map((tube) => (
                  <Tag
                    key={tube}
                    closable
                    onClose={() => setExtras((before) => before.filter((other) => other !== tube))}
                    style={{ fontFamily: 'monospace', fontSize: 14, padding: '2px 8px' }}
                  >
                    {tube}
                  </Tag>
                ))}
              </Flex>
            )}
            <Space.Compact block size="large">
              <Button
                size="large"
                icon={<CameraOutlined />}
                onClick={() => setCamera('tube')}
                aria-label={t('sampling.pack.tubeCameraTitle')}
                style={{ height: 48, minWidth: 52 }}
                data-testid="box-tube-camera"
              />
              <Input
                value={tubeText}
                onChange={(e) => setTubeText(e.target.value)}
                onPressEnter={() => tubeText.trim() && addTube(tubeText)}
                placeholder={t('sampling.pack.tubePlaceholder')}
                autoComplete="off"
                autoCorrect="off"
                autoCapitalize="characters"
                spellCheck={false}
                enterKeyHint="done"
                style={{ height: 48, fontSize: 16 }}
                data-testid="box-tube-input"
              />
              <Button
                size="large"
                icon={<CheckOutlined />}
                onClick={() => addTube(tubeText)}
                disabled={tubeText.trim() === ''}
                style={{ height: 48, minWidth: 60 }}
                aria-label={t('sampling.ok')}
                data-testid="box-tube-add"
              />
            </Space.Compact>
          </Flex>
        </Card>
        <Button
          type="primary"
          size="large"
          block
          style={{ height: 64, fontSize: 18 }}
          onClick={() => void pack()}
          loading={busy}
          disabled={!online || chosen.length === 0 || boxText.trim() === ''}
          data-testid="box-pack"
        >
          {t('sampling.pack.pack', { n: chosen.length })}
        </Button>
      </>
    );
  }

  return (
    <Flex vertical gap={12}>
      {!online && <Alert type="warning" showIcon title={t('sampling.pack.offline')} data-testid="box-offline" />}
      {notice && (
        <Alert
          type={notice.type}
          showIcon
          title={<span style={{ fontSize: 16 }}>{notice.text}</span>}
          closable={{ onClose: () => setNotice(null) }}
          action={
            notice.signedOut ? (
              <Button type="primary" onClick={() => setSigningIn(true)}>
                {t('sampling.signIn.button')}
              </Button>
            ) : undefined
          }
          data-testid="box-notice"
        />
      )}
      {body}
      <CameraModal
        open={camera !== null}
        title={t(camera === 'box' ? 'sampling.pack.boxCameraTitle' : 'sampling.pack.tubeCameraTitle')}
        onCode={onCameraCode}
        onClose={() => setCamera(null)}
      />
      <SignInAgainModal
        open={signingIn}
        onClose={() => setSigningIn(false)}
        onDone={() => {
          setSigningIn(false);
          setNotice(null);
          onSignedIn();
        }}
      />
    </Flex>
  );
}
