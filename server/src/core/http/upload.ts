import { createWriteStream } from 'node:fs';
import { mkdir, rm } from 'node:fs/promises';
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import type { FastifyRequest } from 'fastify';
import type { Config } from '../config.ts';
import { AppError } from '../errors.ts';

/**
 * Saves the request's uploaded ledger (.xlsx or .csv, field "file") to a temporary file under the data
 * folder, runs `use` on it, and removes it whatever happens: ledgers are read as streams, never held whole.
 */
export async function withUploadedLedger<T>(
  request: FastifyRequest,
  config: Config,
  use: (file: string, filename: string) => Promise<T>,
): Promise<T> {
  const upload = await request.file();
  if (!upload)
    throw new AppError('VALIDATION_FAILED', { details: 'body.file: is required' }, [
      { path: 'body.file', message: 'is required' },
    ]);
  const dir = path.join(config.dataDir, 'uploads');
  await mkdir(dir, { recursive: true });
  const file = path.join(dir, `upload-${randomUUID()}${/\.xlsx$/i.test(upload.filename) ? '.xlsx' : '.csv'}`);
  try {
    await pipeline(upload.file, createWriteStream(file));
    return await use(file, upload.filename);
  } finally {
    await rm(file, { force: true });
  }
}
