import { defineConfig } from 'tsup';

// Native and wasm packages, and the fonts read from disk, stay in node_modules; the rest is bundled,
// workspace packages (TypeScript source) included.
export default defineConfig({
  entry: { server: 'src/server.ts', cli: 'src/cli.ts' },
  format: ['esm'],
  target: 'node20',
  platform: 'node',
  outDir: 'dist',
  clean: true,
  sourcemap: true,
  splitting: true,
  noExternal: [/^@digipakket\//],
  external: ['@electric-sql/pglite', '@node-rs/argon2', 'postgres', 'pdfkit', /^@expo-google-fonts\//],
  banner: {
    // Bundled CommonJS dependencies may call require(); give ESM output one.
    js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);",
  },
});
