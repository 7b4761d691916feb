import type { SyncSource } from '../../../app/offline/syncLoop';
import { type ScanBatchBody, postScans } from './api';
import { type Batch, applyOutcomes, pendingBatches, rejectAll } from './queue';

const bodyOf = ({ table, events }: Batch): ScanBatchBody => ({
  campaignId: table.campaignId,
  placeId: table.placeId,
  tableNo: table.tableNo,
  events: events.map(({ scanId, kind, tube, person, at }) =>
    person === undefined ? { scanId, kind, tube, at } : { scanId, kind, tube, person, at },
  ),
});

/** The phone's pending scans, sent a table at a time, each scan's outcome recorded. */
export const samplingScans: SyncSource<Batch, 'round_not_visible' | 'not_a_table_of_round'> = {
  lock: 'fangkong-sampling-sync',
  // The server takes up to 1,000 scans at once; smaller batches keep each request short on a weak network.
  batchSize: 500,
  pending: pendingBatches,
  idsOf: (batch) => batch.events.map((e) => e.scanId),
  send: async (batch) => applyOutcomes((await postScans(bodyOf(batch))).outcomes),
  refuseAll: rejectAll,
  refusals: [
    { status: 404, reason: 'round_not_visible' },
    { status: 422, code: 'NOT_A_TABLE_OF_ROUND', reason: 'not_a_table_of_round' },
  ],
};
