import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

const nodeModules = (packages: string) => new RegExp(`[\\\\/]node_modules[\\\\/](${packages})[\\\\/]`);

// Vendor code changes far less often than ours, so it gets long-cached chunks of its own and a
// deploy only re-sends the app code.
const vendorChunks: [name: string, pattern: RegExp][] = [
  ['react', nodeModules('react|react-dom|react-router|react-router-dom|scheduler')],
  ['i18n', nodeModules('i18next|react-i18next|dayjs')],
  ['antd', nodeModules('antd|@ant-design|@rc-component')],
];

export default defineConfig({
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // antd is one chunk of about 1 MB (330 kB gzipped). Every part of it is needed soon after
    // sign-in (module pages are tables and forms), and cutting it into pieces makes circular chunks.
    chunkSizeWarningLimit: 1100,
    rollupOptions: {
      output: {
        manualChunks: (id) => vendorChunks.find(([, pattern]) => pattern.test(id))?.[0],
      },
    },
  },
  server: {
    proxy: {
      '/api': 'http://localhost:3000',
    },
  },
});
