import type { Command } from 'commander';
import type { Config } from './config.ts';
import type { Db } from './db/database.ts';

/** Runs work against the migrated database (starting or attaching to the embedded one) and closes it. */
export type WithDatabase = <T>(work: (db: Db, config: Config) => Promise<T>) => Promise<T>;

/** A feature module's CLI subcommands. */
export type ModuleCommands = (program: Command, withDb: WithDatabase) => void;
