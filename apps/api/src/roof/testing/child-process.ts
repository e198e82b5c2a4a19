import { fileURLToPath } from 'node:url';

/** The repository's root folder, where the Node processes a test starts run. */
export const REPO_ROOT = fileURLToPath(new URL('../../../../../', import.meta.url));

/**
 * The arguments for a Node process that imports `names` from the TypeScript module at `module`
 * (through tsx) and then runs `body`, the code of an ES module.
 */
export function importingModuleArgs({
  module,
  names,
  body,
}: {
  module: string;
  names: string[];
  body: string;
}): string[] {
  return [
    '--import',
    'tsx',
    '--input-type=module',
    '-e',
    `const { ${names.join(', ')} } = await import(${JSON.stringify(module)});\n${body}`,
  ];
}

type Output = { on: (event: 'data', listener: (chunk: Buffer) => void) => unknown } | null;

/** Collects what a child process writes on stdout and stderr as text: the result reads it so far. */
export function collectOutput(child: { stdout?: Output; stderr?: Output }): () => string {
  let output = '';
  const append = (chunk: Buffer) => {
    output += chunk.toString('utf8');
  };
  child.stdout?.on('data', append);
  child.stderr?.on('data', append);
  return () => output;
}
