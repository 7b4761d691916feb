import { firstBatchOf, type SyncSource } from '../../../app/offline/syncLoop';
import { postEntries } from './api';
import { applyOutcomes, type LoggedEntry, pendingEntries, refuseAll } from './entrylog';

/** Sends a batch and records each entry as stored, or refused with the server's first reason for it. */
async function send(batch: LoggedEntry[]): Promise<void> {
  const reply = await postEntries(batch.map((e) => e.entry));
  const refusals = new Map(reply.rejected.map((r) => [r.entryId, { reason: r.reason, field: r.field }]));
  await applyOutcomes(
    reply.outcomes.map(({ entryId }) => {
      const refusal = refusals.get(entryId);
      return refusal ? { entryId, refusal } : { entryId };
    }),
  );
}

/** The phone's pending checkpoint entries; entry ids make a batch sent twice harmless. */
export const checkpointEntries: SyncSource<LoggedEntry[]> = {
  lock: 'fangkong-checkpoint-sync',
  batchSize: 200,
  pending: firstBatchOf(pendingEntries),
  idsOf: (batch) => batch.map((e) => e.entryId),
  send,
  refuseAll,
};
