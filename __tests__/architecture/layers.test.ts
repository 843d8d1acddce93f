import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

/**
 * Imports run downward only (docs/architecture.md): each layer of src/ names the layers it may
 * import. A new edge is a design decision, made here on purpose, not by accident in a file.
 */
const MAY_IMPORT: Readonly<Record<string, readonly string[]>> = {
  core: [],
  'ports.ts': ['core'],
  engine: ['core', 'ports.ts'],
  adapters: ['core', 'ports.ts'],
  report: ['core', 'ports.ts', 'engine'],
  session: ['core', 'ports.ts', 'engine', 'adapters', 'report'],
  entry: ['core', 'ports.ts', 'engine', 'adapters', 'report', 'session', 'version.ts'],
  'version.ts': [],
};

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

/** The top-level part of src/ a path is in: a folder name, or a file name such as `ports.ts`. */
function layerOf(file: string): string {
  const [first = ''] = relative(resolve('src'), file).split(/[\\/]/);
  return first.replace(/\.js$/, '.ts');
}

/** Relative specifiers of static imports, re-exports and dynamic imports. */
export function importsOf(text: string): string[] {
  const found: string[] = [];
  for (const m of text.matchAll(/(?:\bfrom\s+|\bimport\s*\(\s*|^\s*import\s+)'(\.[^']*)'/gm))
    found.push(m[1] as string);
  return found;
}

export function violations(files: readonly string[], read: (f: string) => string): string[] {
  const wrong: string[] = [];
  for (const file of files) {
    const from = layerOf(file);
    for (const spec of importsOf(read(file))) {
      const to = layerOf(resolve(dirname(file), spec));
      if (to === from) continue;
      if (!(MAY_IMPORT[from] ?? []).includes(to))
        wrong.push(`${relative('.', file)} (${from}) imports ${spec} (${to})`);
    }
  }
  return wrong;
}

describe('layers', () => {
  const files = sourceFiles(resolve('src'));

  it('knows every top-level part of src/', () => {
    const unknown = [...new Set(files.map(layerOf))].filter((l) => !(l in MAY_IMPORT));
    expect(unknown).toEqual([]);
  });

  it('has no import that runs back up', () => {
    const wrong = violations(files, (f) => readFileSync(f, 'utf8'));
    if (wrong.length > 0)
      throw new Error(`imports against the layering (see MAY_IMPORT):\n${wrong.join('\n')}`);
  });

  it('finds an upward import (the check itself works)', () => {
    const session = resolve('src/session/session.ts');
    const text = "import { localServices } from '../entry/compose.js';\n";
    expect(importsOf(text)).toEqual(['../entry/compose.js']);
    expect(violations([session], () => text)).toHaveLength(1);
    expect(violations([session], () => "import type { X } from '../engine/x.js';")).toEqual([]);
    expect(importsOf("const m = await import('../adapters/x.js');")).toEqual(['../adapters/x.js']);
  });
});
