import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// Vendor code changes far less often than ours, so it gets its own long-cached chunks.
const vendorChunks: Record<string, RegExp> = {
  react: /[\\/]node_modules[\\/](react|react-dom|react-router|react-router-dom|scheduler)[\\/]/,
  antd: /[\\/]node_modules[\\/](antd|@ant-design|@rc-component|rc-[^\\/]+|@emotion)[\\/]/,
  i18n: /[\\/]node_modules[\\/](i18next|react-i18next|dayjs)[\\/]/,
};

export default defineConfig({
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    rollupOptions: {
      output: {
        manualChunks(id) {
          return Object.keys(vendorChunks).find((name) => vendorChunks[name]?.test(id));
        },
      },
    },
  },
  server: {
    proxy: {
      '/api': 'http://localhost:3000',
    },
  },
});
