// `npm start`: build what is missing or out of date, then run the server in production mode.
import { execSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const at = (...parts) => path.join(root, ...parts);

if (!existsSync(at('node_modules'))) {
  console.error('Dependencies are missing: run `npm install` first.');
  process.exit(1);
}

/** Newest modification time of the given files, and of any file under the given folders. */
function newest(...paths) {
  let latest = 0;
  const walk = (target) => {
    if (!existsSync(target)) return;
    const stats = statSync(target);
    if (!stats.isDirectory()) {
      latest = Math.max(latest, stats.mtimeMs);
      return;
    }
    for (const entry of readdirSync(target)) walk(path.join(target, entry));
  };
  for (const target of paths) walk(target);
  return latest;
}

function buildIfStale(name, output, sources, workspace) {
  const built = existsSync(output) ? statSync(output).mtimeMs : 0;
  if (built >= newest(...sources)) return;
  console.log(`Building the ${name}...`);
  execSync(`npm run build -w ${workspace}`, { cwd: root, stdio: 'inherit' });
}

const shared = at('packages/shared/src');
buildIfStale(
  'web app',
  at('apps/web/dist/index.html'),
  [
    at('apps/web/src'),
    at('apps/web/public'),
    at('apps/web/index.html'),
    at('apps/web/vite.config.ts'),
    at('apps/web/vite-precompress.ts'),
    shared,
  ],
  '@partwise/web',
);
buildIfStale(
  'server',
  at('apps/server/dist/main.js'),
  [at('apps/server/src'), at('apps/server/catalog'), at('apps/server/build.mjs'), shared],
  '@partwise/server',
);

process.env.NODE_ENV ??= 'production';
await import(at('apps/server/dist/main.js'));
