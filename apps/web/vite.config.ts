import tailwindcss from '@tailwindcss/vite';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { precompress } from './vite-precompress.ts';

const api = 'http://127.0.0.1:3000';

export default defineConfig({
  plugins: [react(), tailwindcss(), precompress()],
  server: {
    port: 5173,
    strictPort: true,
    proxy: { '/api': api, '/healthz': api },
  },
  build: {
    sourcemap: true,
    // Which files each page needs, for `npm run size` (scripts/bundle-size.mjs).
    manifest: true,
    rolldownOptions: {
      treeshake: { manualPureFunctions: ['z.enum', 'enum'] },
      output: {
        codeSplitting: {
          // What every page runs changes less often than the app: one chunk that stays cached across
          // releases. Other libraries (forms, zod) go with the pages that use them.
          groups: [
            {
              name: 'vendor',
              test: /node_modules[\\/](?:react|react-dom|scheduler|react-router|@tanstack)[\\/]/,
            },
          ],
        },
      },
    },
  },
});
