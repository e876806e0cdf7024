import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The app is served by this service's own server (src/server) from dist/public; in development
// `vite` proxies /auth and /api to it. An .mts file: Vite loads it as the ES module it is.
export default defineConfig({
  root: 'src/app',
  base: '/',
  plugins: [react()],
  build: {
    outDir: '../../dist/public',
    emptyOutDir: true,
    // The first screen's budget (200 kB compressed) is checked on the manifest: see src/bundle-budget.ts.
    manifest: true,
    sourcemap: false,
    target: 'es2022',
  },
  server: { proxy: { '/auth': 'http://127.0.0.1:3000', '/api': 'http://127.0.0.1:3000' } },
});
