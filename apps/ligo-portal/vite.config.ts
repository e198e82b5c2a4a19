import { defineConfig } from 'vite';
import solid from 'vite-plugin-solid';

export default defineConfig({
  base: '/ligo/',
  plugins: [solid()],
  build: { target: 'es2022' },
  server: {
    port: 5175,
    strictPort: true,
    proxy: { '/api': 'http://127.0.0.1:3000' },
  },
});
