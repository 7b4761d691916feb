import { useEffect, useState } from 'react';
import { App, Button, Flex, Segmented, Spin, Typography } from 'antd';
import { InboxOutlined, ScanOutlined, SwapOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from '../../../app/components/LanguageSwitch';
import { useSyncLoop } from '../../../app/offline/useSyncLoop';
import { type OpenTube, openTubeAt, pruneOld } from './queue';
import { PackStation } from './PackStation';
import { prepareOffline } from './pwa';
import { ProblemsList } from './ProblemsList';
import { SyncBar } from './SyncBar';
import { samplingScans } from './sync';
import { type SignedTable, loadTable, loadTube, saveTable } from './table';
import { TableSignIn } from './TableSignIn';
import { TubeStation } from './TubeStation';
import { useQueueCounts } from './useQueue';

/** The table's station once the tube left open there (if any) is known. */
function Station({ table, onRecorded }: { table: SignedTable; onRecorded: () => void }) {
  const [initial, setInitial] = useState<{ tube: OpenTube | null } | undefined>(undefined);
  useEffect(() => {
    let live = true;
    const saved = loadTube(table);
    (saved ? Promise.resolve(saved) : openTubeAt(table)).then(
      (tube) => live && setInitial({ tube }),
      () => live && setInitial({ tube: null }),
    );
    return () => {
      live = false;
    };
  }, [table]);
  if (!initial)
    return (
      <Flex justify="center" style={{ padding: 32 }}>
        <Spin size="large" />
      </Flex>
    );
  return <TubeStation table={table} initialTube={initial.tube} onRecorded={onRecorded} />;
}

/**
 * The sampling table's phone page (/sample), full screen outside the command layout. Scans are kept on
 * the phone first and sent when the network allows, so a dropped network loses nothing.
 */
export function SamplingPage() {
  const { t } = useTranslation();
  const { modal } = App.useApp();
  const [table, setTable] = useState<SignedTable | null>(loadTable);
  const { loop, state } = useSyncLoop(samplingScans);
  const counts = useQueueCounts();
  // Sampling at the table, or packing the sealed tubes into a box for the courier.
  const [mode, setMode] = useState<'sample' | 'pack'>('sample');
  const online = state.online && state.problem !== 'offline';

  useEffect(() => {
    void prepareOffline();
    void pruneOld().catch(() => undefined);
  }, []);

  const signIn = (next: SignedTable | null) => {
    saveTable(next);
    setTable(next);
    setMode('sample');
  };

  const changeTable = () =>
    void modal.confirm({
      title: t('sampling.table.changeTitle'),
      content: t('sampling.table.changeHint'),
      okText: t('sampling.table.change'),
      cancelText: t('common.cancel'),
      centered: true,
      onOk: () => signIn(null),
    });

  return (
    <Flex vertical style={{ minHeight: '100dvh', background: '#f5f5f5' }}>
      <div style={{ position: 'sticky', top: 0, zIndex: 10 }}>
        <Flex
          align="center"
          justify="space-between"
          gap={8}
          style={{ padding: '8px 12px', background: '#1d4ed8', color: '#fff' }}
        >
          <Flex vertical style={{ minWidth: 0 }}>
            <Typography.Text strong style={{ color: '#fff', fontSize: 18 }}>
              {t('sampling.title')}
            </Typography.Text>
            {table && (
              <Typography.Text
                ellipsis
                style={{ color: 'rgba(255,255,255,0.85)', fontSize: 13 }}
                data-testid="table-summary"
              >
                {t('sampling.table.summary', {
                  point: table.placeName,
                  n: table.tableNo,
                  round: table.campaignName ?? `#${table.campaignId}`,
                })}
              </Typography.Text>
            )}
          </Flex>
          <Flex align="center" gap={8} style={{ flexShrink: 0 }}>
            <LanguageSwitch />
            {table && (
              <Button
                ghost
                icon={<SwapOutlined />}
                onClick={changeTable}
                aria-label={t('sampling.table.change')}
                data-testid="table-change"
              />
            )}
          </Flex>
        </Flex>
        <SyncBar counts={counts} state={state} loop={loop} />
      </div>
      <Flex
        vertical
        gap={12}
        style={{ padding: 12, width: '100%', maxWidth: 560, margin: '0 auto', boxSizing: 'border-box' }}
      >
        {table && (
          <Segmented<'sample' | 'pack'>
            block
            size="large"
            value={mode}
            onChange={setMode}
            options={[
              {
                value: 'sample',
                icon: <ScanOutlined />,
                label: <span data-testid="mode-sample">{t('sampling.mode.sample')}</span>,
              },
              {
                value: 'pack',
                icon: <InboxOutlined />,
                label: <span data-testid="mode-pack">{t('sampling.mode.pack')}</span>,
              },
            ]}
            data-testid="sampling-mode"
          />
        )}
        {!table ? (
          <TableSignIn onSignIn={signIn} />
        ) : mode === 'pack' ? (
          <PackStation
            key={`${table.campaignId}/${table.placeId}`}
            table={table}
            online={online}
            onSync={() => loop.kick(true)}
            onSignedIn={() => loop.resume()}
          />
        ) : (
          <Station
            key={`${table.campaignId}/${table.placeId}/${table.tableNo}`}
            table={table}
            onRecorded={() => loop.kick(true)}
          />
        )}
        {table && mode === 'sample' && !table.poolSizeKnown && (
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('sampling.table.poolSizeChosen', { n: table.poolSize })}
          </Typography.Text>
        )}
        <ProblemsList />
      </Flex>
    </Flex>
  );
}
