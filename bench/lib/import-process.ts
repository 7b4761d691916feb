import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import type { ImportProgress } from '../../server/src/modules/registry/import/runner.ts';

const child = path.join(import.meta.dirname, 'import-child.ts');

/** Imports a residents ledger in a child process; its figures and its peak resident memory in MB. */
export async function importInChildProcess(url: string, file: string): Promise<ImportProgress & { peakMb: number }> {
  const { stdout } = await promisify(execFile)(process.execPath, ['--import', 'tsx', child, url, file], {
    maxBuffer: 1 << 20,
  });
  return JSON.parse(stdout) as ImportProgress & { peakMb: number };
}
