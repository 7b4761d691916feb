import { Command, Option } from 'commander';
import type { WithDatabase } from '../core/cli.ts';
import { type Config, loadConfig } from '../core/config.ts';
import { AppError } from '../core/errors.ts';
import { messageFor } from '../core/http/messages.ts';
import { startServer } from './api.ts';
import { moduleCommands } from './modules.ts';
import { openRuntime } from './runtime.ts';

const program = new Command('fangkong')
  .description('Fangkong 防控 — epidemic prevention and control command platform')
  .option('--data-dir <dir>', 'data folder of the embedded PostgreSQL (env FANGKONG_DATA_DIR)')
  .showHelpAfterError();

function config(extra: Partial<Config> = {}): Config {
  const { dataDir } = program.opts<{ dataDir?: string }>();
  return loadConfig(process.env, {
    ...(dataDir ? { dataDir: loadConfig({ FANGKONG_DATA_DIR: dataDir }).dataDir } : {}),
    ...extra,
  });
}

const withDb: WithDatabase = async (work) => {
  const settings = config();
  const runtime = await openRuntime(settings, { attach: true });
  try {
    return await work(runtime.db, settings);
  } finally {
    await runtime.shutdown();
  }
};

program
  .command('start')
  .description('run the platform (API and web) / 启动平台')
  .addOption(new Option('--port <port>', 'HTTP port (env PORT)').argParser(Number))
  .option('--no-demo', 'leave an empty database empty (no demo city)')
  .action(async (options: { port?: number; demo: boolean }) => {
    const overrides = { ...(options.port ? { port: options.port } : {}), ...(options.demo ? {} : { loadDemo: false }) };
    const server = await startServer(config(overrides));
    console.log(`Fangkong is running at ${server.url}`);
    // The command lasts as long as the server: it returns once a signal has stopped the server, then
    // the database pool, then the embedded cluster, in that order.
    await new Promise<void>((resolve) => {
      const stop = (): void => {
        process.removeAllListeners('SIGINT');
        process.removeAllListeners('SIGTERM');
        server.stop().then(resolve, (error: unknown) => {
          console.error(error);
          process.exitCode = 1;
          resolve();
        });
      };
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    });
  });

program
  .command('migrate')
  .description('apply pending database migrations / 执行数据库迁移')
  .action(async () => {
    await withDb(async () => console.log('migrations applied'));
  });

for (const register of moduleCommands) register(program, withDb);

try {
  await program.parseAsync(process.argv);
} catch (error) {
  const message =
    error instanceof AppError ? messageFor(error.code, 'en', error.params).detail : (error as Error).message;
  console.error(`fangkong: ${message}`);
  process.exitCode = 1;
}
