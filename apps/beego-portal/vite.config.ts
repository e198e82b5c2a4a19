import { defineConfig } from 'vite';
import solid from 'vite-plugin-solid';

export default defineConfig({
  base: '/beego/',
  plugins: [solid()],
  build: { target: 'es2022' },
  server: {
    proxy: { '/api': 'http://127.0.0.1:3000' },
  },
});
