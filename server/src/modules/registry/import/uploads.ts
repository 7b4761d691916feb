import { readdir, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Config } from '../../../core/config.ts';
import type { Db } from '../../../core/db/database.ts';

export const uploadsDir = (config: Config): string => path.join(config.dataDir, 'uploads');

/**
 * Removes uploads older than `maxAgeHours` that no queued or running import still needs (a file
 * previewed and never imported, or left by a crash). Returns how many files went.
 */
export async function removeStaleUploads(db: Db, config: Config, maxAgeHours = 24): Promise<number> {
  const dir = uploadsDir(config);
  const names = await readdir(dir).catch(() => [] as string[]);
  const pending = new Set(
    (
      await db.selectFrom('import_run').select('upload_path').where('status', 'in', ['queued', 'running']).execute()
    ).map((r) => r.upload_path),
  );
  const cutoff = Date.now() - maxAgeHours * 3_600_000;
  let removed = 0;
  for (const name of names) {
    const file = path.join(dir, name);
    if (pending.has(file) || (await stat(file)).mtimeMs > cutoff) continue;
    await rm(file, { force: true });
    removed += 1;
  }
  return removed;
}
