import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

// Built straight into the gateway's classes: the gateway serves /console/** from classpath:/console/.
export default defineConfig({
  base: '/console/',
  plugins: [react()],
  build: {
    outDir: '../../../target/classes/console',
    emptyOutDir: true,
    chunkSizeWarningLimit: 2000,
    rollupOptions: {
      output: {
        // the libraries change less often than the pages: separate files cache longer
        manualChunks(id) {
          if (id.includes('node_modules/echarts') || id.includes('node_modules/zrender')) return 'charts';
          if (id.includes('node_modules/')) return 'vendor';
          return undefined;
        },
      },
    },
  },
  server: {
    // `npm run dev`: the API and the API documents come from the running gateway
    proxy: { '/api': 'http://localhost:8080', '/console/config.json': 'http://localhost:8080' },
  },
  test: {
    environment: 'jsdom',
    globals: true,
    setupFiles: ['src/test-setup.ts'],
    include: ['src/**/*.test.{ts,tsx}'],
    // the machine is shared and small: form tests that type take a few seconds there
    testTimeout: 30_000,
  },
});
