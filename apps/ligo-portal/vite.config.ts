import { portalViteConfig } from '@digipakket/portal-kit/vite';
import { defineConfig } from 'vite';

export default defineConfig(
  portalViteConfig({
    name: 'ligo',
    title: 'Ligo-portaal',
    description: 'Digipakket voor Ligo: lessen, groepen en aanwezigheden van de basisopleiding.',
    themeColor: '#6a2c70',
    port: 5175,
  }),
);
