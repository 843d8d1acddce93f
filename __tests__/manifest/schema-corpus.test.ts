import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Ajv } from 'ajv';
import { buildGraph } from '../../src/core/graph.js';
import { MANIFEST_SCHEMA } from '../../src/core/manifest/schema.js';
import type { JsonSchema } from '../../src/core/manifest/schema.js';
import { readReprokitManifest } from '../../src/core/manifest/reprokit.js';
import { parseYamlNow } from '../../src/core/manifest/yaml-reference.js';

/**
 * One grammar, two readers: every manifest of the corpus (and every example and template) goes
 * through the validator and through the generated JSON schema (with ajv), and both must give the
 * same verdict. Rules a JSON schema cannot express (validator-only/) must be rejected by the
 * validator and stated in the schema's descriptions.
 */

const CORPUS = resolve('__tests__/fixtures/manifest-corpus');
const ajv = new Ajv({ allErrors: true, strict: false });
const schemaAccepts = ajv.compile(MANIFEST_SCHEMA as object);

function parsed(path: string): unknown {
  const result = parseYamlNow(path, readFileSync(path, 'utf8'));
  if (!result.ok) throw new Error(`${path} is not valid YAML`);
  return result.value;
}

/** The validator's verdict: the manifest reader, then the checks between stages. */
function validatorAccepts(path: string): { ok: boolean; messages: string[] } {
  const pipeline = readReprokitManifest('reprokit.yml', parsed(path));
  if (!pipeline.ok) return { ok: false, messages: pipeline.error.map((d) => d.message) };
  const graph = buildGraph(pipeline.value);
  return graph.ok
    ? { ok: true, messages: [] }
    : { ok: false, messages: graph.error.map((d) => d.message) };
}

function schemaVerdict(path: string): { ok: boolean; messages: string[] } {
  const ok = schemaAccepts(parsed(path)) as boolean;
  return {
    ok,
    messages: (schemaAccepts.errors ?? []).map((e) => `${e.instancePath} ${e.message}`),
  };
}

const files = (dir: string) =>
  readdirSync(join(CORPUS, dir))
    .filter((f) => f.endsWith('.yml'))
    .sort()
    .map((f) => [f, join(CORPUS, dir, f)] as const);

function descriptions(schema: JsonSchema | undefined): string[] {
  if (!schema || typeof schema !== 'object') return [];
  const nested = [
    ...Object.values(schema.properties ?? {}),
    ...Object.values(schema.definitions ?? {}),
    ...(schema.oneOf ?? []),
    ...(typeof schema.additionalProperties === 'object' ? [schema.additionalProperties] : []),
    ...(schema.items ? [schema.items] : []),
  ];
  return [...(schema.description ? [schema.description] : []), ...nested.flatMap(descriptions)];
}

describe('the corpus has the cases it claims', () => {
  it('covers valid, invalid and validator-only manifests', () => {
    expect(files('valid').length).toBeGreaterThanOrEqual(10);
    expect(files('invalid').length).toBeGreaterThanOrEqual(30);
    expect(files('validator-only').length).toBeGreaterThanOrEqual(5);
  });
});

describe.each(files('valid'))('valid/%s', (_name, path) => {
  it('is accepted by the validator and by the schema', () => {
    expect(validatorAccepts(path)).toEqual({ ok: true, messages: [] });
    expect(schemaVerdict(path)).toEqual({ ok: true, messages: [] });
  });
});

describe.each(files('invalid'))('invalid/%s', (_name, path) => {
  it('is rejected by the validator and by the schema', () => {
    expect(validatorAccepts(path).ok).toBe(false);
    expect(schemaVerdict(path).ok).toBe(false);
  });
});

describe.each(files('validator-only'))('validator-only/%s', (_name, path) => {
  it('is rejected by the validator; the schema states the rule in a description', () => {
    expect(validatorAccepts(path).ok).toBe(false);
    expect(schemaVerdict(path).ok).toBe(true);
    const rule = /^# rule: (.+)$/m.exec(readFileSync(path, 'utf8'))?.[1];
    expect(rule).toBeDefined();
    expect(descriptions(MANIFEST_SCHEMA).some((d) => d.includes(rule as string))).toBe(true);
  });
});

describe('the manifests we ship', () => {
  const shipped = [
    ...readdirSync('examples').map((d) => join('examples', d, 'reprokit.yml')),
    ...readdirSync('templates').map((d) => join('templates', d, 'reprokit.yml')),
  ];
  it.each(shipped)('%s is valid for both', (path) => {
    expect(validatorAccepts(resolve(path))).toEqual({ ok: true, messages: [] });
    expect(schemaVerdict(resolve(path))).toEqual({ ok: true, messages: [] });
  });
});

describe('schema/reprokit.schema.json', () => {
  it('is what src/core/manifest/schema.ts generates (npm run schema)', () => {
    const committed = JSON.parse(readFileSync('schema/reprokit.schema.json', 'utf8')) as unknown;
    expect(committed).toEqual(JSON.parse(JSON.stringify(MANIFEST_SCHEMA)));
  });
});
