import { formatDiagnostic } from '../../src/core/format-diagnostic.js';
import { readReprokitManifest } from '../../src/core/manifest/reprokit.js';
import { YamlLocator, parseYamlNow } from '../../src/core/manifest/yaml-reference.js';
import type { Pipeline } from '../../src/core/pipeline.js';

/** reprokit.yml text → the pipeline, or each problem as the user sees it (file:line:col, hint). */
export function readManifestText(
  text: string,
): { ok: true; pipeline: Pipeline } | { ok: false; errors: string[] } {
  const locator = new YamlLocator(new Map([['reprokit.yml', text]]));
  const parsed = parseYamlNow('reprokit.yml', text);
  const read = parsed.ok ? readReprokitManifest('reprokit.yml', parsed.value) : parsed;
  if (read.ok) return { ok: true, pipeline: read.value };
  return { ok: false, errors: read.error.map((d) => formatDiagnostic(d, locator)) };
}

export function parseManifestText(text: string): Pipeline {
  const read = readManifestText(text);
  if (!read.ok) throw new Error(`invalid manifest:\n${read.errors.join('\n')}`);
  return read.pipeline;
}
