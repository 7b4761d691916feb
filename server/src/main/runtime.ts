import type { Config } from '../core/config.ts';
import { type DatabaseHandle, openDatabase } from '../core/db/database.ts';
import { startEmbeddedPostgres } from '../core/db/embedded.ts';
import { migrate } from '../core/db/migrate.ts';

export interface Runtime extends DatabaseHandle {
  url: string;
  /** Closes the pool, then stops the embedded cluster if this process started it. */
  shutdown(): Promise<void>;
}

/**
 * Connects to DATABASE_URL, or starts the embedded PostgreSQL in the data folder, and applies
 * pending migrations. `attach` lets CLI commands share the cluster of a running app.
 */
export async function openRuntime(
  config: Config,
  { attach = false, onDbError = () => {} }: { attach?: boolean; onDbError?: (e: Error) => void } = {},
): Promise<Runtime> {
  const cluster = config.databaseUrl ? null : await startEmbeddedPostgres(config.dataDir, { attach });
  const url = config.databaseUrl ?? cluster?.url ?? '';
  const handle = openDatabase(url, onDbError);
  try {
    await migrate(handle.pool);
  } catch (error) {
    await handle.close();
    await cluster?.stop();
    throw error;
  }
  return {
    ...handle,
    url,
    shutdown: async () => {
      await handle.close();
      await cluster?.stop();
    },
  };
}
