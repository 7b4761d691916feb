// `npm run bench -- <suite> [--tiny]`: runs one benchmark suite and writes bench/results/<suite>.json.
import { openBenchDatabase } from './lib/database.ts';
import { writeResults } from './lib/results.ts';
import { platformSizes, platformSuite } from './suites/platform.ts';

const suites = {
  platform: (tiny: boolean) => (db: Awaited<ReturnType<typeof openBenchDatabase>>) =>
    platformSuite(db, platformSizes[tiny ? 'tiny' : 'full']),
} as const;

const [name, ...flags] = process.argv.slice(2);
if (!name || !(name in suites)) {
  console.error(`usage: npm run bench -- <suite> [--tiny]; suites: ${Object.keys(suites).join(', ')}`);
  process.exit(2);
}
const suite = suites[name as keyof typeof suites](flags.includes('--tiny'));
const database = await openBenchDatabase();
try {
  const metrics = await suite(database);
  for (const m of metrics) console.log(`${m.metric.padEnd(36)} ${String(m.value).padStart(12)} ${m.unit}`);
  console.log(`written ${await writeResults(name, metrics)}`);
} finally {
  await database.dispose();
}
process.exit(0);
