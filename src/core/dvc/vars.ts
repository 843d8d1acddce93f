import type { Diagnostic, DocPath } from '../diagnostics.js';
import { error } from '../diagnostics.js';
import type { Vars } from './template.js';
import { TemplateError, isMap, mergeVars, usesTemplate } from './template.js';
import type { DocReader } from '../manifest/reader.js';
import { projectPath } from '../manifest/reprokit.js';

/** Loads a vars or params file (root-relative path): parsed value, or undefined when missing. */
export type VarsFileLoader = (
  path: string,
) => Promise<{ ok: true; value: unknown } | { ok: false; diagnostics: Diagnostic[] } | undefined>;

/** Where a `vars` list is loaded into. */
export interface VarsTarget {
  readonly context: Vars;
  readonly sources: Map<string, string>;
  /** Names inline mappings as `${prefix}vars[i]` in messages. */
  readonly prefix: string;
  /** A generated stage's own vars may not define its `item` or `key`. */
  readonly stage?: { readonly name: string; readonly via: 'foreach' | 'matrix' } | undefined;
}

/**
 * Files already loaded into a context: the whole file (`null`) or the keys taken from it. DVC
 * skips a file listed again whole (`vars: [params.yaml]` beside the default params.yaml) and
 * refuses to mix whole and partial loads of one file.
 */
type Imports = Map<string, readonly string[] | null>;

/** Loads `vars` entries (files, `file:key1,key2`, inline mappings) into a context, DVC's way. */
export class VarsLoader {
  private readonly files = new Map<
    string,
    Promise<{ state: 'missing' | 'invalid' } | { state: 'ok'; value: unknown }>
  >();
  /** Imports of the top-level context; each stage's vars start from a copy. */
  private readonly imports: Imports = new Map();
  private readonly stageImports = new WeakMap<Vars, Imports>();

  constructor(
    private readonly reader: DocReader,
    private readonly load: VarsFileLoader,
  ) {}

  async loadDefault(path: string, context: Vars, sources: Map<string, string>): Promise<void> {
    const value = await this.file(path, undefined);
    if (value === undefined) return;
    this.imports.set(path, null);
    this.merge(context, value, path, sources, []);
  }

  async loadList(value: unknown, at: DocPath, dir: string, target: VarsTarget): Promise<void> {
    if (usesTemplate(value)) {
      this.reader.report(
        error('invalid-value', `failed to parse '${at.join('.')}': interpolating is not allowed`, {
          source: this.reader.ref(at),
          hint: 'vars entries are file names or plain values; ${...} cannot be used in them',
        }),
      );
      return;
    }
    const imports = this.importsOf(target);
    const items = Array.isArray(value) ? value : [value];
    for (const [index, item] of items.entries()) {
      const itemAt = Array.isArray(value) ? [...at, index] : at;
      if (typeof item === 'string') {
        await this.loadFile(item, itemAt, dir, target, imports);
      } else if (isMap(item)) {
        if (this.reserved(item, itemAt, target)) continue;
        this.merge(target.context, item, `${target.prefix}vars[${index}]`, target.sources, itemAt);
      } else {
        this.reader.wrongType(
          itemAt,
          'a vars entry',
          'a file name or a mapping',
          item,
          'vars: [config.yaml, {seed: 1}]',
        );
      }
    }
  }

  private importsOf(target: VarsTarget): Imports {
    if (target.stage === undefined && target.prefix === '') return this.imports;
    let imports = this.stageImports.get(target.context);
    if (!imports) {
      imports = new Map(this.imports);
      this.stageImports.set(target.context, imports);
    }
    return imports;
  }

  private async loadFile(
    item: string,
    at: DocPath,
    dir: string,
    target: VarsTarget,
    imports: Imports,
  ): Promise<void> {
    const [name, keysText] = splitOnce(item, ':');
    const keys = keysText ? keysText.split(',').filter(Boolean) : undefined;
    const path = projectPath(this.reader, dir, name, at);
    if (path === undefined) return;
    if (imports.has(path)) {
      const previous = imports.get(path) ?? null;
      if (keys === undefined && previous === null) return; // the whole file again: already there
      const conflict =
        keys === undefined
          ? `cannot load '${item}' as it's partially loaded already`
          : previous === null
            ? `cannot partially load '${item}' as it's already loaded.`
            : keys.some((k) => previous.includes(k))
              ? `cannot load '${item}' as it's partially loaded already`
              : undefined;
      if (conflict) {
        this.reader.report(
          error('invalid-value', conflict, {
            source: this.reader.ref(at),
            hint: 'load a vars file either whole or by keys, and each key once',
          }),
        );
        return;
      }
    }
    const loaded = await this.file(path, at);
    if (loaded === undefined) return;
    let selected: Vars = isMap(loaded) ? loaded : {};
    if (keys) {
      selected = {};
      for (const key of keys) {
        if (!isMap(loaded) || !(key in loaded)) {
          this.reader.report(
            error('invalid-value', `could not find '${key}' in '${path}'`, {
              source: this.reader.ref(at),
            }),
          );
          continue;
        }
        selected[key] = loaded[key];
      }
    }
    if (this.reserved(selected, at, target)) return;
    const previous = imports.get(path);
    imports.set(path, keys === undefined ? null : [...(previous ?? []), ...keys]);
    this.merge(target.context, selected, path, target.sources, at);
  }

  /** Reports a generated stage's vars that define its `item` or `key` (DVC refuses them). */
  private reserved(values: Vars, at: DocPath, target: VarsTarget): boolean {
    if (!target.stage) return false;
    const taken = ['item', 'key'].find((k) => Object.prototype.hasOwnProperty.call(values, k));
    if (taken === undefined) return false;
    this.reader.report(
      error(
        'invalid-value',
        `attempted to redefine '${taken}' in stage '${target.stage.name}' generated through '${target.stage.via}'`,
        {
          source: this.reader.ref(at),
          hint: `\`${taken}\` is set by ${target.stage.via} for each generated stage: rename the var`,
        },
      ),
    );
    return true;
  }

  private merge(
    context: Vars,
    value: unknown,
    source: string,
    sources: Map<string, string>,
    at: DocPath,
  ): void {
    if (!isMap(value)) return;
    try {
      mergeVars(context, value, source, sources);
    } catch (e) {
      if (!(e instanceof TemplateError)) throw e;
      this.reader.report(
        error('invalid-value', e.message, {
          source: this.reader.ref(at),
          hint: 'each name may be defined once across params.yaml and vars (mappings merge)',
        }),
      );
    }
  }

  /** The parsed file; undefined when missing (reported when `at` is given) or invalid. */
  private async file(path: string, at: DocPath | undefined): Promise<unknown> {
    if (/\.(toml|py)$/i.test(path)) {
      this.reader.report(
        error(
          'unsupported',
          `vars and params files in ${path.slice(path.lastIndexOf('.'))} format are not supported`,
          {
            ...(at ? { source: this.reader.ref(at) } : {}),
            hint: 'use a YAML or JSON file',
          },
        ),
      );
      return undefined;
    }
    let pending = this.files.get(path);
    if (!pending) {
      pending = this.load(path).then((loaded) => {
        if (loaded === undefined) return { state: 'missing' as const };
        if (!loaded.ok) {
          for (const d of loaded.diagnostics) this.reader.report(d);
          return { state: 'invalid' as const };
        }
        return { state: 'ok' as const, value: loaded.value ?? {} };
      });
      this.files.set(path, pending);
    }
    const loaded = await pending;
    if (loaded.state === 'missing' && at !== undefined) {
      this.reader.report(
        error('missing-params-file', `vars file "${path}" does not exist`, {
          source: this.reader.ref(at),
          hint: 'vars file paths are relative to dvc.yaml (or the stage wdir for stage-level vars)',
        }),
      );
    }
    return loaded.state === 'ok' ? loaded.value : undefined;
  }
}

function splitOnce(text: string, separator: string): [string, string | undefined] {
  const at = text.indexOf(separator);
  return at < 0 ? [text, undefined] : [text.slice(0, at), text.slice(at + 1)];
}

/** A copy of a vars context (PyFloat values are immutable and shared). */
export function cloneVars(context: Vars): Vars {
  const copy = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(copy);
    if (isMap(value))
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, copy(v)]));
    return value;
  };
  return copy(context) as Vars;
}
