import { createWriteStream } from 'node:fs';
import { SingleBar } from 'cli-progress';
import { systemActor } from '../../core/auth/actor.ts';
import { systemContext } from '../../core/audit/audit.ts';
import type { ModuleCommands } from '../../core/cli.ts';
import { AppError } from '../../core/errors.ts';
import { type ImportKind, importKinds } from './import/fields.ts';
import { importHandler } from './import/kinds.ts';
import { findMapping } from './import/mappings.repository.ts';
import { writeRejectionReport } from './import/report.ts';
import { runImport } from './import/runner.ts';
import { recountRegistry } from './counts.recount.ts';
import { loadDemoCity } from './demo-loader.ts';

const kindOf = (value: string): ImportKind => {
  const kind = importKinds.find((k) => k === value);
  if (!kind) throw new Error(`unknown kind "${value}"; one of: ${importKinds.join(', ')}`);
  return kind;
};

export const registryCommands: ModuleCommands = (program, withDb) => {
  program
    .command('import <kind> <file>')
    .description(`import a ledger (.csv UTF-8/GBK or .xlsx); kind: ${importKinds.join(' | ')}`)
    .option('--mapping <name>', 'a column mapping saved on the import page')
    .option('--encoding <encoding>', 'auto | utf8 | gbk (CSV only)', 'auto')
    .option('--report <file.xlsx>', 'write the rejected rows with their reasons to this file')
    .action(
      async (
        kindName: string,
        file: string,
        options: { mapping?: string; encoding: 'auto' | 'utf8' | 'gbk'; report?: string },
      ) => {
        const kind = kindOf(kindName);
        await withDb(async (db) => {
          const saved = options.mapping ? await findMapping(db, kind, options.mapping) : undefined;
          if (options.mapping && !saved) throw new AppError('NOT_FOUND');
          const bar = new SingleBar({
            format: '{bar} {percentage}% | {rows} rows | {rate} rows/s | {eta_formatted} left',
            etaBuffer: 50,
          });
          bar.start(100, 0, { rows: 0, rate: 0 });
          const result = await runImport(db, systemActor, systemContext, {
            kind,
            file,
            handler: importHandler(kind),
            encoding: options.encoding,
            ...(saved ? { mapping: saved.columns } : {}),
            onProgress: (p) =>
              bar.update(Math.floor(p.fraction * 100), { rows: p.processed, rate: Math.round(p.rowsPerSecond) }),
          });
          bar.update(100, { rows: result.processed, rate: Math.round(result.rowsPerSecond) });
          bar.stop();
          console.log(
            `run ${result.runId}: ${result.processed} rows — inserted ${result.inserted}, updated ${result.updated}, unchanged ${result.unchanged}, rejected ${result.rejected}`,
          );
          if (options.report) {
            const written = await writeRejectionReport(db, result.runId, createWriteStream(options.report));
            console.log(`error report: ${options.report} (${written} problems)`);
          }
        });
      },
    );

  program
    .command('demo')
    .description('load a synthetic demo city (湘江市); the same seed gives the same city')
    .option('--residents <n>', 'number of residents', Number, 200_000)
    .option('--seed <n>', 'random seed', Number, 1)
    .action(async (options: { residents: number; seed: number }) => {
      await withDb(async (db) => {
        const bar = new SingleBar({ format: '{stage} {bar} {value}/{total}' });
        bar.start(options.residents, 0, { stage: 'regions' });
        const result = await loadDemoCity(db, options, (stage, rows) =>
          bar.update(stage === 'residents' ? rows : 0, { stage }),
        );
        bar.stop();
        console.log(`demo city loaded: ${JSON.stringify(result)}`);
      });
    });

  program
    .command('recount')
    .description('recount the registry figures from the rows and repair drifted live counts (also runs nightly)')
    .action(async () => {
      const corrected = await withDb((db) => db.transaction().execute((trx) => recountRegistry(trx)));
      console.log(`registry counts checked: ${corrected} region(s) corrected`);
    });
};
