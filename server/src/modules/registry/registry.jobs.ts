import { rm } from 'node:fs/promises';
import { actorByUserId } from '../../core/auth/actor.ts';
import { appendAudit, systemContext } from '../../core/audit/audit.ts';
import type { ModuleJobs } from '../../core/http/types.ts';
import { EXPORT_QUEUE, runExport } from './export/exports.service.ts';
import { IMPORT_QUEUE } from './import/imports.service.ts';
import { recountRegistry } from './counts.recount.ts';
import { removeStaleUploads } from './import/uploads.ts';

const RECOUNT_QUEUE = 'registry.recount';
const CLEANUP_QUEUE = 'registry.cleanup-uploads';
import { importHandler } from './import/kinds.ts';
import { finishRun } from './import/runs.repository.ts';
import { dropOrphanSeenKeys } from './import/seen-keys.ts';
import { runImport } from './import/runner.ts';
import type { Encoding } from './import/source.ts';
import { importKinds } from './import/fields.ts';

interface ImportJob {
  runId: number;
  encoding: Encoding | 'auto';
}

/** Runs queued exports and imports one at a time per process, as the user who queued them. */
export const registryJobs: ModuleJobs = async ({ db, config, jobs }) => {
  // Nightly, in the platform's time zone: repair any drift of the live counts and say how much there was.
  await jobs.createQueue(RECOUNT_QUEUE);
  await jobs.schedule(RECOUNT_QUEUE, '30 3 * * *', {}, { tz: config.timeZone });
  await jobs.createQueue(CLEANUP_QUEUE);
  await jobs.schedule(CLEANUP_QUEUE, '15 3 * * *', {}, { tz: config.timeZone });
  await jobs.work(CLEANUP_QUEUE, async () => {
    await removeStaleUploads(db, config);
    await dropOrphanSeenKeys(db);
  });
  await jobs.work(RECOUNT_QUEUE, async () => {
    const corrected = await db.transaction().execute((trx) => recountRegistry(trx));
    await appendAudit(db, systemContext, { action: 'registry.recount', entity: 'registry', summary: { corrected } });
  });
  await jobs.createQueue(EXPORT_QUEUE);
  await jobs.work<{ exportId: number }>(EXPORT_QUEUE, { pollingIntervalSeconds: 1 }, async ([job]) => {
    if (job) await runExport(db, config, job.data.exportId);
  });
  await jobs.createQueue(IMPORT_QUEUE);
  await jobs.work<ImportJob>(IMPORT_QUEUE, { pollingIntervalSeconds: 1 }, async ([job]) => {
    if (!job) return;
    const run = await db.selectFrom('import_run').selectAll().where('id', '=', job.data.runId).executeTakeFirst();
    const kind = importKinds.find((k) => k === run?.kind);
    if (!run || !kind || !run.upload_path) return;
    const actor = run.created_by === null ? null : await actorByUserId(db, run.created_by);
    if (!actor) {
      await finishRun(db, run.id, { status: 'failed', error: 'the user who started the import is no longer active' });
      return;
    }
    const audit = { actorId: actor.userId, actorName: actor.username, ip: null };
    await runImport(db, actor, audit, {
      kind,
      file: run.upload_path,
      fileName: run.file_name,
      handler: importHandler(kind),
      mapping: run.mapping,
      encoding: job.data.encoding,
      runId: run.id,
    });
    await rm(run.upload_path, { force: true });
  });
};
