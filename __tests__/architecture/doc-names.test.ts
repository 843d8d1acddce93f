import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';

/**
 * docs/architecture.md names files and folders (in backticks, and in the Mermaid picture's
 * subgraph titles); when code moves, the doc must move with it. This names each stale one.
 */

const DOC = 'docs/architecture.md';

/** Repository paths the doc mentions: `src/…`, `__tests__/…`, `schema/…`, `docs/…`. */
export function namedPaths(text: string): string[] {
  const found = new Set<string>();
  const pattern = /(?:^|[\s`"(])((?:src|__tests__|schema|docs|scripts|bench)\/[A-Za-z0-9_./-]*)/g;
  for (const match of text.matchAll(pattern)) {
    const path = (match[1] as string).replace(/[.,:;]+$/, '');
    found.add(path);
  }
  return [...found].sort();
}

/** Bare names inside the Mermaid subgraphs (`graph.ts`, `local/`) resolved against their folder. */
export function pictureNames(text: string): string[] {
  const block = /```mermaid\n([\s\S]*?)```/.exec(text)?.[1] ?? '';
  const names: string[] = [];
  let folder = '';
  for (const line of block.split('\n')) {
    const subgraph = /subgraph \w+\["(src\/[A-Za-z0-9_/.-]+)/.exec(line);
    if (subgraph) {
      folder = (subgraph[1] as string).replace(/\/$/, '');
      continue;
    }
    if (/^\s*end\s*$/.test(line)) folder = '';
    if (!folder || folder.endsWith('.ts')) continue;
    for (const m of line.matchAll(
      /(?:["\s·]|<br\/>)((?:[A-Za-z0-9_-]+\/)*[A-Za-z0-9_-]+(?:\.ts|\/))/g,
    ))
      names.push(`${folder}/${(m[1] as string).replace(/\/$/, '')}`);
  }
  return names;
}

describe(DOC, () => {
  const text = readFileSync(DOC, 'utf8');

  it('names real files and folders', () => {
    const names = [...namedPaths(text), ...pictureNames(text)];
    expect(names.length).toBeGreaterThan(20);
    const stale = names.filter((name) => !existsSync(resolve(name)));
    if (stale.length > 0)
      throw new Error(
        `${DOC} names ${stale.length} path(s) that no longer exist: ${stale.join(', ')}. Fix the doc (or the name).`,
      );
  });

  it('finds a stale name (the check itself works)', () => {
    const names = namedPaths('see `src/engine/no-such-module.ts` and src/core/graph.ts.');
    expect(names).toEqual(['src/core/graph.ts', 'src/engine/no-such-module.ts']);
    expect(existsSync(resolve('src/engine/no-such-module.ts'))).toBe(false);
    expect(
      pictureNames('```mermaid\nsubgraph core["src/core (pure)"]\n  g["graph.ts: x"]\nend\n```'),
    ).toEqual(['src/core/graph.ts']);
  });

  it('has one Mermaid picture', () => {
    expect(text.match(/```mermaid/g)).toHaveLength(1);
  });
});
