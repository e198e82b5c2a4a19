import { portalViteConfig } from '@digipakket/portal-kit/vite';
import { defineConfig } from 'vite';
import { precacheServiceWorker } from './vite.precache';

export default defineConfig(
  portalViteConfig({
    name: 'beego',
    title: 'Beego-portaal',
    description: 'Digipakket voor Beego: je huisbezoeken met Digicheques bij cliënten thuis.',
    themeColor: '#0f5e57',
    port: 5174,
    plugins: [
      precacheServiceWorker({ source: new URL('./src/service-worker/service-worker.js', import.meta.url) }),
    ],
  }),
);
