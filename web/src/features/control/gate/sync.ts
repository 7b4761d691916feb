import { firstBatchOf, type SyncSource } from '../../../app/offline/syncLoop';
import { type GateScan, postGateScans } from './api';
import { applyOutcomes, type LoggedScan, pendingScans, refuseAll } from './scanlog';

const toSend = ({ scanId, token, direction, at, gate, emergency }: LoggedScan): GateScan => ({
  scanId,
  direction,
  at,
  gate,
  ...(token === undefined ? {} : { token }),
  ...(emergency === undefined ? {} : { emergency }),
});

/** The gate's logged scans, sent in the order they were made, each scan's outcome recorded. */
export const gateScans: SyncSource<LoggedScan[]> = {
  lock: 'fangkong-gate-sync',
  batchSize: 500,
  pending: firstBatchOf(pendingScans),
  idsOf: (batch) => batch.map((s) => s.scanId),
  send: async (batch) => applyOutcomes((await postGateScans(batch.map(toSend))).outcomes),
  refuseAll,
};
