import { useEffect, useState } from 'react';
import { App, Button, Flex, Input, Typography } from 'antd';
import { MedicineBoxOutlined, ScanOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from '../../../app/components/LanguageSwitch';
import { useSyncLoop } from '../../../app/offline/useSyncLoop';
import { CameraModal } from '../../testing/sampling/CameraModal';
import { prepareOffline } from '../../testing/sampling/pwa';
import type { PassCheck } from '../../../../../server/src/modules/passes/pass-token.ts';
import { type Emergency, EmergencyModal } from './EmergencyModal';
import { GateResult } from './GateResult';
import { GateStatus } from './GateStatus';
import { gateKeyOf } from './keyring';
import { RecentScans } from './RecentScans';
import { lastScanOf, logScan, pruneOld } from './scanlog';
import { gateScans } from './sync';
import { useKeyring } from './useGate';
import { checkPassOffline } from './verify';

const GATE_NAME_KEY = 'fangkong-gate-name';

type Shown = { token: string; check: PassCheck; localRefusal: 'already_out' | 'already_used' | null };

/** What this phone's own log says of a pass going out again (the server has the last word when synced). */
async function localRefusalOf(check: PassCheck): Promise<Shown['localRefusal']> {
  if (!check.valid) return null;
  const last = await lastScanOf(check.payload.pid);
  if (!last) return null;
  return last.direction === 'exit' ? 'already_out' : 'already_used';
}

/**
 * A closed area's gate (/gate), full screen on a phone. Passes are checked on the phone against the
 * cached key and revocations, so the gate works with the network down; every exit, return and emergency
 * is written to the phone first and sent when the network allows.
 */
export function GatePage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const keyring = useKeyring();
  const { loop, state } = useSyncLoop(gateScans);
  const [gate, setGate] = useState(() => localStorage.getItem(GATE_NAME_KEY) ?? '');
  const [text, setText] = useState('');
  const [shown, setShown] = useState<Shown | null>(null);
  const [camera, setCamera] = useState(false);
  const [emergency, setEmergency] = useState(false);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    void prepareOffline();
    void pruneOld().catch(() => undefined);
  }, []);

  const check = async (token: string) => {
    const key = keyring && gateKeyOf(keyring);
    if (!key) {
      void message.warning(t('passes.gate.noKey'));
      return;
    }
    const result = await checkPassOffline(token, key, (id) => String(id) in keyring.revoked);
    setShown({ token, check: result, localRefusal: await localRefusalOf(result) });
  };

  const gateName = () => gate.trim() || t('passes.gate.unnamed');

  const record = async (direction: 'exit' | 'return') => {
    if (!shown) return;
    setBusy(true);
    try {
      const payload = shown.check.payload;
      await logScan({
        token: shown.token,
        direction,
        gate: gateName(),
        ...(payload ? { pid: payload.pid, name: payload.nm } : {}),
      });
      void message.success(
        t(direction === 'exit' ? 'passes.gate.exited' : 'passes.gate.returned', { name: payload?.nm }),
      );
      setShown(null);
      setText('');
      loop.kick(true);
    } finally {
      setBusy(false);
    }
  };

  const letThrough = async ({ reason, name, direction }: Emergency) => {
    const payload = shown?.check.payload;
    await logScan({
      direction,
      gate: gateName(),
      emergency: { reason, ...(name ? { name } : {}), ...(payload ? { householdId: payload.hh } : {}) },
      ...(shown ? { token: shown.token } : {}),
      ...(payload ? { pid: payload.pid, name: payload.nm } : {}),
    });
    void message.success(t('passes.gate.emergencyDone'));
    setEmergency(false);
    setShown(null);
    loop.kick(true);
  };

  return (
    <Flex vertical style={{ minHeight: '100dvh', background: '#f5f5f5' }}>
      <div style={{ position: 'sticky', top: 0, zIndex: 10 }}>
        <Flex align="center" justify="space-between" gap={8} style={{ padding: '8px 12px', background: '#1d4ed8' }}>
          <Typography.Text strong style={{ color: '#fff', fontSize: 18 }}>
            {t('passes.gate.title')}
          </Typography.Text>
          <LanguageSwitch />
        </Flex>
        <GateStatus keyring={keyring} state={state} loop={loop} />
      </div>
      <Flex
        vertical
        gap={12}
        style={{ padding: 12, width: '100%', maxWidth: 560, margin: '0 auto', boxSizing: 'border-box' }}
      >
        <Input
          addonBefore={t('passes.gate.gateName')}
          placeholder={t('passes.gate.gatePlaceholder')}
          value={gate}
          maxLength={100}
          onChange={(event) => {
            setGate(event.target.value);
            localStorage.setItem(GATE_NAME_KEY, event.target.value);
          }}
          data-testid="gate-name"
        />
        {shown ? (
          <GateResult
            check={shown.check}
            localRefusal={shown.localRefusal}
            busy={busy}
            onRecord={(direction) => void record(direction)}
            onBack={() => {
              setShown(null);
              setText('');
            }}
          />
        ) : (
          <Flex vertical gap={8}>
            <Button
              type="primary"
              size="large"
              icon={<ScanOutlined />}
              block
              onClick={() => setCamera(true)}
              data-testid="gate-camera"
            >
              {t('passes.gate.scan')}
            </Button>
            <Input.TextArea
              rows={3}
              placeholder={t('passes.gate.token')}
              value={text}
              onChange={(event) => setText(event.target.value)}
              data-testid="gate-token"
            />
            <Button
              size="large"
              block
              disabled={!text.trim()}
              onClick={() => void check(text)}
              data-testid="gate-verify"
            >
              {t('passes.gate.verify')}
            </Button>
          </Flex>
        )}
        <Button
          danger
          size="large"
          block
          icon={<MedicineBoxOutlined />}
          onClick={() => setEmergency(true)}
          data-testid="gate-emergency"
        >
          {t('passes.gate.emergency')}
        </Button>
        <RecentScans />
      </Flex>
      <CameraModal
        open={camera}
        title={t('passes.gate.cameraTitle')}
        onClose={() => setCamera(false)}
        onCode={(code) => {
          setCamera(false);
          void check(code);
        }}
      />
      <EmergencyModal open={emergency} onClose={() => setEmergency(false)} onSubmit={letThrough} />
    </Flex>
  );
}
