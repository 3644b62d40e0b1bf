// Bundles the server into dist/ (one file per entry point). Dependencies stay in node_modules;
// only the workspace's own TypeScript (server and @partwise/shared) is compiled in.
import { cpSync, readFileSync, rmSync } from 'node:fs';
import { build } from 'esbuild';

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));
const external = Object.keys(pkg.dependencies).filter((name) => name !== '@partwise/shared');

rmSync('dist', { recursive: true, force: true });
await build({
  entryPoints: {
    main: 'src/main.ts',
    migrate: 'src/scripts/migrate.ts',
    'admin-create': 'src/scripts/admin-create.ts',
    'catalog-import': 'src/scripts/catalog-import.ts',
    'analytics-rebuild': 'src/scripts/analytics-rebuild.ts',
    'analytics-reconcile': 'src/scripts/analytics-reconcile.ts',
  },
  outdir: 'dist',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  sourcemap: true,
  external: external.flatMap((name) => [name, `${name}/*`]),
  logLevel: 'warning',
});
cpSync('src/db/migrations', 'dist/migrations', { recursive: true });
cpSync('catalog', 'dist/catalog', { recursive: true });
console.log('Server built into apps/server/dist');
