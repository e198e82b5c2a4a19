import { portalViteConfig } from '@digipakket/portal-kit/vite';
import { defineConfig } from 'vite';

export default defineConfig(
  portalViteConfig({
    name: 'ocmw',
    title: 'OCMW-portaal',
    description:
      'Digipakket voor het OCMW: cliënten, laptops, cheques en de opvolging van het digitale pakket.',
    themeColor: '#1f4e8c',
    port: 5173,
  }),
);
