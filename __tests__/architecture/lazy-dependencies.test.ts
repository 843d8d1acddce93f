import { existsSync, readFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';

/**
 * Start-up cost is part of every command: the S3 SDK alone is 1.8 MB of bundled code, and
 * compiling it cost each `reprokit status` 100–200 ms although most projects have no remote.
 * Heavy packages are therefore reached only through `await import(...)`, when they are needed.
 * This follows the static (value) imports from the modules every project command loads and
 * checks that none of them reaches a heavy package.
 */
const HEAVY = [/^@aws-sdk\//, /^@actions\//, /^@octokit\//];

/**
 * Needed by a plain `status` or `run` only in some projects, and each a noticeable share of the
 * bundle every such command compiles: the `yaml` package (the reference parser: anchors, errors
 * and dvc.lock only; js-yaml reads the rest).
 */
const ON_DEMAND = [/^yaml$/];

/** Our own code needed only by some projects: DVC's reader and dvc.lock (dvc.yaml projects). */
const ON_DEMAND_SOURCES = [
  /^src\/core\/dvc\/(read|stages|template|vars|lock)\.ts$/,
  /^src\/engine\/dvc\//,
];

/** Specifiers of static value imports and re-exports (not `import type`, not `import()`). */
export function staticImports(text: string): string[] {
  const found: string[] = [];
  const pattern = /^\s*(?:import|export)\s+(type\s+)?(?:[^'";]*?\sfrom\s+)?'([^']+)'/gm;
  for (const m of text.matchAll(pattern)) if (!m[1]) found.push(m[2] as string);
  return found;
}

function resolveSource(from: string, spec: string): string | undefined {
  const file = resolve(dirname(from), spec).replace(/\.js$/, '.ts');
  return existsSync(file) ? file : undefined;
}

/** Every bare package a module reaches through static imports, with one path that reaches it. */
function packagesReached(entry: string, sources?: Map<string, string[]>): Map<string, string[]> {
  const reached = new Map<string, string[]>();
  const seen = new Set<string>();
  const visit = (file: string, trail: string[]): void => {
    if (seen.has(file)) return;
    seen.add(file);
    sources?.set(relative(process.cwd(), file), trail);
    for (const spec of staticImports(readFileSync(file, 'utf8'))) {
      if (spec.startsWith('.')) {
        const next = resolveSource(file, spec);
        if (next) visit(next, [...trail, spec]);
      } else if (!spec.startsWith('node:') && !reached.has(spec)) {
        reached.set(spec, [...trail, spec]);
      }
    }
  };
  visit(resolve(entry), [entry]);
  return reached;
}

describe('heavy dependencies load on demand', () => {
  it.each([
    'src/entry/cli/index.ts',
    'src/entry/cli/context.ts',
    'src/session/session.ts',
    'src/session/remote-compose.ts',
  ])('%s reaches no heavy package through static imports', (entry) => {
    const heavy = [...packagesReached(entry)].filter(([name]) => HEAVY.some((h) => h.test(name)));
    expect(heavy.map(([, trail]) => trail.join(' → '))).toEqual([]);
  });

  it.each([
    'src/entry/cli/index.ts',
    'src/entry/cli/context.ts',
    'src/session/session.ts',
    'src/entry/cli/commands/status.ts',
    'src/entry/cli/commands/run.ts',
  ])('%s reaches no on-demand package through static imports', (entry) => {
    const found = [...packagesReached(entry)].filter(([name]) =>
      ON_DEMAND.some((h) => h.test(name)),
    );
    expect(found.map(([, trail]) => trail.join(' → '))).toEqual([]);
  });

  it.each([
    'src/entry/cli/context.ts',
    'src/session/session.ts',
    'src/entry/cli/commands/status.ts',
    'src/entry/cli/commands/run.ts',
  ])('%s reaches no on-demand source through static imports', (entry) => {
    const sources = new Map<string, string[]>();
    packagesReached(entry, sources);
    const found = [...sources].filter(([file]) => ON_DEMAND_SOURCES.some((p) => p.test(file)));
    expect(found.map(([, trail]) => trail.join(' → '))).toEqual([]);
  });

  it('reads static imports and skips type-only and dynamic ones (the check itself works)', () => {
    const text = [
      "import { S3Client } from '@aws-sdk/client-s3';",
      "import type { Upload } from '@aws-sdk/lib-storage';",
      "export { x } from './x.js';",
      "import './side-effect.js';",
      "const m = await import('@actions/core');",
    ].join('\n');
    expect(staticImports(text)).toEqual(['@aws-sdk/client-s3', './x.js', './side-effect.js']);
    expect(packagesReached('src/adapters/remote/open-remote.ts').has('@aws-sdk/client-s3')).toBe(
      true,
    );
    expect(packagesReached('src/core/manifest/yaml-reference.ts').has('yaml')).toBe(true);
  });
});
