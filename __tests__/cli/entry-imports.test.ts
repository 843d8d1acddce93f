import { existsSync, readFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';

/**
 * The CLI entry and the no-op fast path load on every start, so what they import statically
 * is start-up time of every `reprokit status`: the renderer, the engine and the process runner
 * (child_process, and with it net and the stream modules) are reached only through import().
 */
const NOT_AT_START = [
  'src/entry/cli/reporter.ts',
  'src/entry/cli/output.ts',
  'src/entry/cli/noop-report.ts',
  'src/adapters/local/process-runner.ts',
  'src/engine/',
  'src/session/',
];
const NOT_AT_START_BUILTINS = ['node:child_process', 'node:net', 'node:stream', 'node:readline'];

function staticImports(text: string): string[] {
  const found: string[] = [];
  const pattern = /^\s*(?:import|export)\s+(type\s+)?(?:[^'";]*?\sfrom\s+)?'([^']+)'/gm;
  for (const m of text.matchAll(pattern)) if (!m[1]) found.push(m[2] as string);
  return found;
}

/** Every source file and builtin the entry reaches through static value imports. */
function reached(entry: string): Set<string> {
  const seen = new Set<string>();
  const visit = (file: string): void => {
    const name = relative(process.cwd(), file);
    if (seen.has(name)) return;
    seen.add(name);
    for (const spec of staticImports(readFileSync(file, 'utf8'))) {
      if (spec.startsWith('node:')) seen.add(spec);
      if (!spec.startsWith('.')) continue;
      const next = resolve(dirname(file), spec).replace(/\.js$/, '.ts');
      if (existsSync(next)) visit(next);
    }
  };
  visit(resolve(entry));
  return seen;
}

describe('what the CLI loads at start', () => {
  it('reaches neither the renderer, the engine nor the process runner statically', () => {
    const files = [...reached('src/entry/cli/index.ts')];
    expect(files).toContain('src/entry/cli/fast-path.ts');
    expect(files).toContain('src/entry/cli/noop-snapshot.ts');
    expect(files.filter((f) => NOT_AT_START.some((n) => f.startsWith(n)))).toEqual([]);
    expect(files.filter((f) => NOT_AT_START_BUILTINS.includes(f))).toEqual([]);
  });
});
