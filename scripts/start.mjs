// `npm start`: build the web pages once if they are missing, then run `fangkong start` in this process
// (one process, so Ctrl-C and SIGTERM reach the server and its embedded database directly).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

if (!existsSync(new URL('../web/dist/index.html', import.meta.url))) {
  const build = spawnSync('npm', ['run', 'build'], { stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}
process.argv.splice(2, 0, 'start');
await import('../server/bin/fangkong.js');
