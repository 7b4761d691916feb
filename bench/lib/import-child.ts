// Runs one residents import in a process of its own, so its peak memory is the import's alone (not the
// ledger generator's garbage): `node --import tsx bench/lib/import-child.ts <database url> <file>`.
import { systemActor } from '../../server/src/core/auth/actor.ts';
import { systemContext } from '../../server/src/core/audit/audit.ts';
import { openDatabase } from '../../server/src/core/db/database.ts';
import { importHandler } from '../../server/src/modules/registry/import/kinds.ts';
import { runImport } from '../../server/src/modules/registry/import/runner.ts';

const [url, file] = process.argv.slice(2);
if (!url || !file) throw new Error('usage: import-child.ts <database url> <file>');
const handle = openDatabase(url);
const result = await runImport(handle.db, systemActor, systemContext, {
  kind: 'residents',
  file,
  handler: importHandler('residents'),
});
await handle.close();
// resourceUsage().maxRSS is in kilobytes: the process's peak resident memory.
process.stdout.write(JSON.stringify({ ...result, peakMb: Math.round(process.resourceUsage().maxRSS / 1024) }));
