// `npm run bench -- <suite> [--tiny] [--residents N] [--share F] [--persons N] [--days N]`: runs one suite and writes bench/results/<suite>.json.
import { type BenchDatabase, openBenchDatabase } from './lib/database.ts';
import type { Metric } from './lib/results.ts';
import { writeResults } from './lib/results.ts';
import { controlSizes, controlSuite } from './suites/control.ts';
import { platformSizes, platformSuite } from './suites/platform.ts';
import { registrySuite } from './suites/registry.ts';
import { testingSizes, testingSuite } from './suites/testing.ts';
import { tracingSizes, tracingSuite } from './suites/tracing.ts';

const args = process.argv.slice(2);
const tiny = args.includes('--tiny');
const flag = (name: string, fallback: number): number => {
  const index = args.indexOf(`--${name}`);
  const value = index >= 0 ? Number(args[index + 1]) : fallback;
  if (!Number.isInteger(value) || value <= 0) throw new Error(`--${name} takes a positive whole number`);
  return value;
};

const suites: Record<string, (db: BenchDatabase) => Promise<Metric[]>> = {
  control: (db) => {
    const size = controlSizes[tiny ? 'tiny' : 'full'];
    return controlSuite(db, { ...size, residents: flag('residents', size.residents) });
  },
  platform: (db) => platformSuite(db, platformSizes[tiny ? 'tiny' : 'full']),
  registry: (db) =>
    registrySuite(db, { residents: flag('residents', tiny ? 2_000 : 1_000_000), queries: tiny ? 30 : 1_000 }),
  testing: (db) => {
    const size = testingSizes[tiny ? 'tiny' : 'full'];
    const share = args.includes('--share') ? Number(args[args.indexOf('--share') + 1]) : 1;
    if (!(share > 0 && share <= 1)) throw new Error('--share takes a fraction in (0, 1]');
    return testingSuite(db, { ...size, residents: flag('residents', size.residents), share });
  },
  tracing: (db) => {
    const size = tracingSizes[tiny ? 'tiny' : 'full'];
    return tracingSuite(db, {
      ...size,
      residents: flag('residents', size.residents),
      persons: flag('persons', size.persons),
      days: flag('days', size.days),
    });
  },
};

const name = args[0];
const suite = name ? suites[name] : undefined;
if (!name || !suite) {
  console.error(`usage: npm run bench -- <suite> [--tiny] [--residents N]; suites: ${Object.keys(suites).join(', ')}`);
  process.exit(2);
}
const database = await openBenchDatabase();
try {
  const metrics = await suite(database);
  for (const m of metrics) console.log(`${m.metric.padEnd(36)} ${String(m.value).padStart(12)} ${m.unit}`);
  console.log(`written ${await writeResults(name, metrics)}`);
} finally {
  await database.dispose();
}
process.exit(0);
