import { defineConfig } from 'vite';
import solid from 'vite-plugin-solid';
import { precacheServiceWorker } from './vite.precache';

export default defineConfig({
  base: '/beego/',
  plugins: [
    solid(),
    precacheServiceWorker({ source: new URL('./src/service-worker/service-worker.js', import.meta.url) }),
  ],
  build: { target: 'es2022' },
  server: {
    port: 5174,
    strictPort: true,
    proxy: { '/api': 'http://127.0.0.1:3000' },
  },
});
