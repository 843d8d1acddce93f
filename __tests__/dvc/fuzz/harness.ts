import { hasErrors } from '../../../src/core/diagnostics.js';
import type { Diagnostic } from '../../../src/core/diagnostics.js';
import { spanOf } from '../../../src/core/format-diagnostic.js';
import { buildGraph } from '../../../src/core/graph.js';
import { parseYaml } from '../../../src/core/manifest/source.js';
import { YamlLocator } from '../../../src/core/manifest/yaml-reference.js';
import type { ParseOptions } from '../../../src/core/manifest/source.js';
import { PyFloat } from '../../../src/core/dvc/py-float.js';
import { readerFor } from '../../../src/engine/project.js';
import { CORPUS, TOKENS } from './corpus.js';

/** The fuzzer's generator and the reading layer it drives (fuzz.test.ts runs it). */

export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function mutate(text: string, random: () => number): string {
  const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)] as T;
  const at = Math.floor(random() * (text.length + 1));
  const lines = text.split('\n');
  switch (Math.floor(random() * 6)) {
    case 0:
      return text.slice(0, at) + pick(TOKENS) + text.slice(at);
    case 1:
      return text.slice(0, at) + text.slice(at + 1 + Math.floor(random() * 8));
    case 2: {
      const i = Math.floor(random() * lines.length);
      lines.splice(i, 0, lines[i] ?? '');
      return lines.join('\n');
    }
    case 3: {
      const i = Math.floor(random() * lines.length);
      lines[i] = ' '.repeat(Math.floor(random() * 6)) + (lines[i] ?? '').trimStart();
      return lines.join('\n');
    }
    case 4: {
      const i = Math.floor(random() * lines.length);
      const j = Math.floor(random() * lines.length);
      [lines[i], lines[j]] = [lines[j] as string, lines[i] as string];
      return lines.join('\n');
    }
    default:
      return text.replace(/\b(\w+)\b/, () => pick(TOKENS));
  }
}

export function makeCase(seed: number): Record<string, string> {
  const random = prng(seed);
  const files = { ...(CORPUS[Math.floor(random() * CORPUS.length)] as Record<string, string>) };
  const names = Object.keys(files);
  const rounds = 1 + Math.floor(random() * 4);
  for (let i = 0; i < rounds; i++) {
    const name = names[Math.floor(random() * names.length)] as string;
    files[name] = mutate(files[name] as string, random);
  }
  return files;
}

/** Runs the reading layer as loadProject does, but on in-memory files. */
export async function readCase(files: Record<string, string>): Promise<string[]> {
  const manifest = 'dvc.yaml' in files ? 'dvc.yaml' : 'reprokit.yml';
  const options: ParseOptions = manifest === 'dvc.yaml' ? { floats: 'python' } : {};
  const texts = new Map(Object.entries(files));
  const locator = new YamlLocator(texts);
  const problems: string[] = [];
  const check = (diagnostics: readonly Diagnostic[]) => {
    for (const d of diagnostics)
      if (d.severity === 'error' && spanOf(d, locator) === undefined)
        problems.push(`unpositioned error: ${d.code}: ${d.message}`);
  };
  const parsed = await parseYaml(manifest, files[manifest] as string, options);
  if (!parsed.ok) {
    check(parsed.error);
    return problems;
  }
  const pipeline = await readerFor(manifest)(manifest, parsed.value, async (path) => {
    const text = files[path];
    if (text === undefined) return undefined;
    const value = await parseYaml(path, text, options);
    return value.ok ? { ok: true, value: value.value } : { ok: false, diagnostics: value.error };
  });
  if (!pipeline.ok) {
    check(pipeline.error);
    if (!hasErrors(pipeline.error)) problems.push('rejected without an error');
    return problems;
  }
  const graph = buildGraph(pipeline.value);
  if (!graph.ok) check(graph.error);
  return problems;
}

/** Values as the reference parser builds them; PyFloat compared by class and value. */
export function same(a: unknown, b: unknown): boolean {
  if (a instanceof PyFloat || b instanceof PyFloat)
    return a instanceof PyFloat && b instanceof PyFloat && Object.is(a.value, b.value);
  if (typeof a === 'number' && typeof b === 'number') return Object.is(a, b);
  if (Array.isArray(a) || Array.isArray(b))
    return (
      Array.isArray(a) &&
      Array.isArray(b) &&
      a.length === b.length &&
      a.every((x, i) => same(x, b[i]))
    );
  if (typeof a === 'object' && a !== null && typeof b === 'object' && b !== null) {
    const ka = Object.keys(a);
    const kb = Object.keys(b);
    return (
      ka.length === kb.length &&
      ka.every(
        (k, i) =>
          k === kb[i] && same((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]),
      )
    );
  }
  return a === b;
}
