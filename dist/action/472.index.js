export const id = 472;
export const ids = [472];
export const modules = {

/***/ 92472:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  readDvcManifest: () => (/* binding */ readDvcManifest)
});

// UNUSED EXPORTS: DVC_PARAMS_FILE

// EXTERNAL MODULE: ./src/core/diagnostics.ts
var core_diagnostics = __webpack_require__(27135);
// EXTERNAL MODULE: ./src/core/paths.ts
var paths = __webpack_require__(56107);
// EXTERNAL MODULE: ./src/core/result.ts
var result = __webpack_require__(39294);
// EXTERNAL MODULE: ./src/core/manifest/reader.ts
var manifest_reader = __webpack_require__(61970);
// EXTERNAL MODULE: ./src/core/manifest/reprokit.ts + 4 modules
var reprokit = __webpack_require__(42197);
// EXTERNAL MODULE: ./src/core/plots/definitions.ts
var definitions = __webpack_require__(49710);
// EXTERNAL MODULE: ./src/core/glob.ts
var glob = __webpack_require__(16085);
;// CONCATENATED MODULE: ./src/core/dvc/limits.ts
/**
 * At most this many stages are generated from one dvc.yaml by foreach and matrix. Checked before
 * expanding, so a huge group fails at once with a positioned error instead of exhausting memory.
 */
const GENERATED_STAGES_LIMIT = 10_000;
/** Stages a matrix of these axis lengths generates (counted, not generated). */
function expansionSize(lengths) {
    return lengths.reduce((size, length) => size * length, 1);
}

// EXTERNAL MODULE: ./src/core/dvc/py-float.ts
var py_float = __webpack_require__(20507);
;// CONCATENATED MODULE: ./src/core/dvc/template.ts
/**
 * DVC's `${...}` templating for dvc.yaml (dvc/parsing: interpolate.py and context.py), pure:
 * values come from `vars` (inline mappings and files) and the default params file.
 *
 * - `${a.b[0]}` selects from the context; `\${...}` is a literal `${...}`.
 * - A string that is exactly one `${...}` keeps the value's type (number, boolean, list...).
 * - Inside a longer string, scalars are written the way Python's `str()` writes them
 *   (booleans `true`/`false`, null `None`); a mapping is only allowed in `cmd`, where it becomes
 *   `--key value` flags (DVC's "dict unpacking"); lists and mappings elsewhere are errors.
 */

class TemplateError extends Error {
}
const EXPRESSION = /(?<!\\)\$\{(.*?)\}/g;
function hasTemplate(value) {
    return typeof value === 'string' && new RegExp(EXPRESSION.source).test(value);
}
/** Does any string (key or value) in this value use `${...}`? */
function usesTemplate(value) {
    if (typeof value === 'string')
        return hasTemplate(value);
    if (Array.isArray(value))
        return value.some(usesTemplate);
    if (isMap(value))
        return Object.entries(value).some(([k, v]) => hasTemplate(k) || usesTemplate(v));
    return false;
}
/** Splits `a.b[0].c` into `['a', 'b', '0', 'c']` (DVC's expression grammar). */
function parseExpression(expression) {
    const text = expression.trim();
    if (!/^[^.[\]]+(\.[^.[\]]+|\[[^.[\]]+\])*$/.test(text)) {
        throw new TemplateError(`"\${${expression}}" is not a valid expression: use names joined by "." or [index]`);
    }
    return text.replace(/\[/g, '.').replace(/\]/g, '').split('.');
}
function template_select(context, expression) {
    const parts = parseExpression(expression);
    let node = context;
    const walked = [];
    for (const part of parts) {
        walked.push(part);
        if (Array.isArray(node) && /^-?\d+$/.test(part)) {
            const index = Number(part);
            const item = node[index < 0 ? node.length + index : index];
            if (item === undefined)
                throw notFound(walked.join('.'));
            node = item;
        }
        else if (isMap(node) && Object.prototype.hasOwnProperty.call(node, part)) {
            node = node[part];
        }
        else
            throw notFound(walked.join('.'));
    }
    return node;
}
function notFound(key) {
    return new TemplateError(`Could not find '${key}'`);
}
/**
 * Resolves one string. `key` is the stage key it sits under (DVC allows a mapping only in `cmd`
 * and lists/mappings in `foreach`/`matrix`; undefined means anything goes).
 */
function resolveString(source, context, key) {
    const matches = [...source.matchAll(EXPRESSION)];
    if (matches.length === 0)
        return source.replace(/\\\$\{/g, '${');
    const only = matches[0];
    if (matches.length === 1 && only[0] === source) {
        const value = template_select(context, only[1]);
        validate(value, key);
        return value;
    }
    let out = '';
    let index = 0;
    for (const match of matches) {
        const at = match.index;
        const value = template_select(context, match[1]);
        validate(value, key);
        out += source.slice(index, at) + toStr(value);
        index = at + match[0].length;
    }
    out += source.slice(index);
    return out.replace(/\\\$\{/g, '${');
}
function validate(value, key) {
    if (value === null || value === undefined || typeof value !== 'object')
        return;
    if (value instanceof py_float/* PyFloat */.g$)
        return;
    if (key === undefined || key.includes('foreach') || key === 'matrix')
        return;
    if (isMap(value) && key === 'cmd')
        return;
    throw new TemplateError(`Cannot interpolate data of type '${Array.isArray(value) ? 'list' : 'dict'}'`);
}
/** Python's `str()` for values read from YAML, as DVC writes them into strings. */
function toStr(value) {
    if (value === null || value === undefined)
        return 'None';
    if (typeof value === 'boolean')
        return value ? 'true' : 'false';
    if (typeof value === 'number')
        return pyNumber(value);
    if (value instanceof py_float/* PyFloat */.g$)
        return value.toString();
    if (typeof value === 'string')
        return value;
    if (Array.isArray(value))
        return `[${value.map(pyRepr).join(', ')}]`;
    if (isMap(value))
        return dictToFlags(value);
    return String(value);
}
/** `{a: 1, b: {c: x}, d: true, e: [1, 2]}` → `--a 1 --b.c x --d --e 1 2` (DVC's defaults). */
function dictToFlags(map) {
    let result = '';
    for (const [k, v] of Object.entries(flatten(map))) {
        if (typeof v === 'boolean') {
            if (v)
                result += `--${k} `;
        }
        else if (typeof v === 'string')
            result += `--${k} ${shellQuote(v)} `;
        else if (Array.isArray(v)) {
            v.forEach((item, n) => {
                if (typeof item === 'object' && item !== null)
                    throw new TemplateError(`Cannot interpolate nested iterable in '${k}'`);
                const text = typeof item === 'string' ? shellQuote(item) : toStr(item);
                result += n > 0 ? `${text} ` : `--${k} ${text} `;
            });
        }
        else
            result += `--${k} ${toStr(v)} `;
    }
    return result.trimEnd();
}
function flatten(map, prefix = '') {
    const out = {};
    for (const [k, v] of Object.entries(map)) {
        const key = prefix ? `${prefix}.${k}` : k;
        if (isMap(v))
            Object.assign(out, flatten(v, key));
        else
            out[key] = v;
    }
    return out;
}
/** Python's shlex.quote. */
function shellQuote(text) {
    if (text === '')
        return "''";
    if (/^[\w@%+=:,./-]+$/.test(text))
        return text;
    return `'${text.replace(/'/g, `'"'"'`)}'`;
}
function pyRepr(value) {
    if (typeof value === 'string')
        return `'${value.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
    if (typeof value === 'boolean')
        return value ? 'True' : 'False';
    if (value === null || value === undefined)
        return 'None';
    return toStr(value);
}
/**
 * Python's `str()` of an int or a float that is not a whole number (whole-number floats such as
 * `2.0` arrive as PyFloat and keep their `.0`).
 */
function pyNumber(value) {
    if (Number.isNaN(value))
        return 'nan';
    if (!Number.isFinite(value))
        return value > 0 ? 'inf' : '-inf';
    if (Number.isInteger(value) && Math.abs(value) < 1e21)
        return String(value);
    const [mantissa, exponentText] = value.toExponential().split('e');
    const exponent = Number(exponentText);
    if (exponent < -4 || exponent >= 16) {
        const digits = mantissa.includes('.') ? mantissa : `${mantissa}`;
        const sign = exponent < 0 ? '-' : '+';
        return `${digits}e${sign}${String(Math.abs(exponent)).padStart(2, '0')}`;
    }
    return String(value);
}
/**
 * Resolves every string (and mapping key) in a value. `onError` receives the path (relative to
 * `value`) of the string that failed, so the caller can point at it in the original text.
 */
function resolveDeep(value, context, key, onError, path = []) {
    if (typeof value === 'string') {
        try {
            return resolveString(value, context, key);
        }
        catch (e) {
            if (!(e instanceof TemplateError))
                throw e;
            onError(path, e.message);
            return value;
        }
    }
    if (Array.isArray(value))
        return value.map((item, index) => resolveDeep(item, context, key, onError, [...path, index]));
    if (isMap(value)) {
        const out = {};
        for (const [k, v] of Object.entries(value)) {
            let resolvedKey = k;
            if (hasTemplate(k)) {
                try {
                    resolvedKey = toStr(resolveString(k, context, key));
                }
                catch (e) {
                    if (!(e instanceof TemplateError))
                        throw e;
                    onError([...path, k], e.message);
                }
            }
            out[resolvedKey] = resolveDeep(v, context, key, onError, [...path, k]);
        }
        return out;
    }
    return value;
}
/**
 * Merges `from` into `into` the way DVC merges vars: mappings merge recursively, anything else
 * defined twice is an error (`cannot redefine 'a.b' from 'vars.yaml' as it already exists in
 * 'params.yaml'`). `sources` remembers where each top-level value came from.
 */
function mergeVars(into, from, source, sources, prefix = '') {
    for (const [k, v] of Object.entries(from)) {
        const dotted = prefix ? `${prefix}.${k}` : k;
        const existing = into[k];
        if (!Object.prototype.hasOwnProperty.call(into, k)) {
            into[k] = clone(v);
            sources.set(dotted, source);
            continue;
        }
        if (isMap(existing) && isMap(v)) {
            mergeVars(existing, v, source, sources, dotted);
            continue;
        }
        const first = sourceOf(sources, dotted) ?? 'an earlier source';
        throw new TemplateError(`cannot redefine '${dotted}' from '${source}' as it already exists in '${first}'`);
    }
}
function sourceOf(sources, dotted) {
    for (let key = dotted; key !== ''; key = key.includes('.') ? key.slice(0, key.lastIndexOf('.')) : '') {
        const found = sources.get(key);
        if (found)
            return found;
    }
    return undefined;
}
function clone(value) {
    if (Array.isArray(value))
        return value.map(clone);
    if (isMap(value))
        return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, clone(v)]));
    return value;
}
function isMap(value) {
    return (typeof value === 'object' &&
        value !== null &&
        !Array.isArray(value) &&
        !(value instanceof py_float/* PyFloat */.g$));
}

;// CONCATENATED MODULE: ./src/core/dvc/vars.ts



/** Loads `vars` entries (files, `file:key1,key2`, inline mappings) into a context, DVC's way. */
class VarsLoader {
    reader;
    load;
    files = new Map();
    /** Imports of the top-level context; each stage's vars start from a copy. */
    imports = new Map();
    stageImports = new WeakMap();
    constructor(reader, load) {
        this.reader = reader;
        this.load = load;
    }
    async loadDefault(path, context, sources) {
        const value = await this.file(path, undefined);
        if (value === undefined)
            return;
        this.imports.set(path, null);
        this.merge(context, value, path, sources, []);
    }
    async loadList(value, at, dir, target) {
        if (usesTemplate(value)) {
            this.reader.report((0,core_diagnostics/* error */.z3)('invalid-value', `failed to parse '${at.join('.')}': interpolating is not allowed`, {
                source: this.reader.ref(at),
                hint: 'vars entries are file names or plain values; ${...} cannot be used in them',
            }));
            return;
        }
        const imports = this.importsOf(target);
        const items = Array.isArray(value) ? value : [value];
        for (const [index, item] of items.entries()) {
            const itemAt = Array.isArray(value) ? [...at, index] : at;
            if (typeof item === 'string') {
                await this.loadFile(item, itemAt, dir, target, imports);
            }
            else if (isMap(item)) {
                if (this.reserved(item, itemAt, target))
                    continue;
                this.merge(target.context, item, `${target.prefix}vars[${index}]`, target.sources, itemAt);
            }
            else {
                this.reader.wrongType(itemAt, 'a vars entry', 'a file name or a mapping', item, 'vars: [config.yaml, {seed: 1}]');
            }
        }
    }
    importsOf(target) {
        if (target.stage === undefined && target.prefix === '')
            return this.imports;
        let imports = this.stageImports.get(target.context);
        if (!imports) {
            imports = new Map(this.imports);
            this.stageImports.set(target.context, imports);
        }
        return imports;
    }
    async loadFile(item, at, dir, target, imports) {
        const [name, keysText] = splitOnce(item, ':');
        const keys = keysText ? keysText.split(',').filter(Boolean) : undefined;
        const path = (0,reprokit/* projectPath */.DZ)(this.reader, dir, name, at);
        if (path === undefined)
            return;
        if (imports.has(path)) {
            const previous = imports.get(path) ?? null;
            if (keys === undefined && previous === null)
                return; // the whole file again: already there
            const conflict = keys === undefined
                ? `cannot load '${item}' as it's partially loaded already`
                : previous === null
                    ? `cannot partially load '${item}' as it's already loaded.`
                    : keys.some((k) => previous.includes(k))
                        ? `cannot load '${item}' as it's partially loaded already`
                        : undefined;
            if (conflict) {
                this.reader.report((0,core_diagnostics/* error */.z3)('invalid-value', conflict, {
                    source: this.reader.ref(at),
                    hint: 'load a vars file either whole or by keys, and each key once',
                }));
                return;
            }
        }
        const loaded = await this.file(path, at);
        if (loaded === undefined)
            return;
        let selected = isMap(loaded) ? loaded : {};
        if (keys) {
            selected = {};
            for (const key of keys) {
                if (!isMap(loaded) || !(key in loaded)) {
                    this.reader.report((0,core_diagnostics/* error */.z3)('invalid-value', `could not find '${key}' in '${path}'`, {
                        source: this.reader.ref(at),
                    }));
                    continue;
                }
                selected[key] = loaded[key];
            }
        }
        if (this.reserved(selected, at, target))
            return;
        const previous = imports.get(path);
        imports.set(path, keys === undefined ? null : [...(previous ?? []), ...keys]);
        this.merge(target.context, selected, path, target.sources, at);
    }
    /** Reports a generated stage's vars that define its `item` or `key` (DVC refuses them). */
    reserved(values, at, target) {
        if (!target.stage)
            return false;
        const taken = ['item', 'key'].find((k) => Object.prototype.hasOwnProperty.call(values, k));
        if (taken === undefined)
            return false;
        this.reader.report((0,core_diagnostics/* error */.z3)('invalid-value', `attempted to redefine '${taken}' in stage '${target.stage.name}' generated through '${target.stage.via}'`, {
            source: this.reader.ref(at),
            hint: `\`${taken}\` is set by ${target.stage.via} for each generated stage: rename the var`,
        }));
        return true;
    }
    merge(context, value, source, sources, at) {
        if (!isMap(value))
            return;
        try {
            mergeVars(context, value, source, sources);
        }
        catch (e) {
            if (!(e instanceof TemplateError))
                throw e;
            this.reader.report((0,core_diagnostics/* error */.z3)('invalid-value', e.message, {
                source: this.reader.ref(at),
                hint: 'each name may be defined once across params.yaml and vars (mappings merge)',
            }));
        }
    }
    /** The parsed file; undefined when missing (reported when `at` is given) or invalid. */
    async file(path, at) {
        if (/\.(toml|py)$/i.test(path)) {
            this.reader.report((0,core_diagnostics/* error */.z3)('unsupported', `vars and params files in ${path.slice(path.lastIndexOf('.'))} format are not supported`, {
                ...(at ? { source: this.reader.ref(at) } : {}),
                hint: 'use a YAML or JSON file',
            }));
            return undefined;
        }
        let pending = this.files.get(path);
        if (!pending) {
            pending = this.load(path).then((loaded) => {
                if (loaded === undefined)
                    return { state: 'missing' };
                if (!loaded.ok) {
                    for (const d of loaded.diagnostics)
                        this.reader.report(d);
                    return { state: 'invalid' };
                }
                return { state: 'ok', value: loaded.value ?? {} };
            });
            this.files.set(path, pending);
        }
        const loaded = await pending;
        if (loaded.state === 'missing' && at !== undefined) {
            this.reader.report((0,core_diagnostics/* error */.z3)('missing-params-file', `vars file "${path}" does not exist`, {
                source: this.reader.ref(at),
                hint: 'vars file paths are relative to dvc.yaml (or the stage wdir for stage-level vars)',
            }));
        }
        return loaded.state === 'ok' ? loaded.value : undefined;
    }
}
function splitOnce(text, separator) {
    const at = text.indexOf(separator);
    return at < 0 ? [text, undefined] : [text.slice(0, at), text.slice(at + 1)];
}
/** A copy of a vars context (PyFloat values are immutable and shared). */
function cloneVars(context) {
    const copy = (value) => {
        if (Array.isArray(value))
            return value.map(copy);
        if (isMap(value))
            return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, copy(v)]));
        return value;
    };
    return copy(context);
}

;// CONCATENATED MODULE: ./src/core/dvc/stages.ts










/**
 * Stage definitions of dvc.yaml → stages: `foreach`/`matrix` groups are counted against the
 * limit, then expanded; each generated body is templated (`${...}`) and read into a Stage.
 */
const STAGE_KEYS = [
    'cmd',
    'wdir',
    'deps',
    'params',
    'outs',
    'metrics',
    'plots',
    'frozen',
    'always_changed',
    'desc',
    'meta',
    'vars',
];
/** Stage keys of DVC 2 that DVC 3 no longer reads. */
const DVC2_STAGE_KEYS = ['live', 'checkpoints'];
const FOREACH_KEYS = ['foreach', 'do'];
/** Output options that matter to a run; the others describe the output for DVC's tools. */
const OUT_OPTIONS = ['cache', 'persist'];
const OUT_DESCRIPTIVE = ['desc', 'type', 'labels', 'meta', 'remote', 'push'];
const PLOT_DESCRIPTIVE = ['template', 'x', 'y', 'x_label', 'y_label', 'title', 'header'];
const UNSUPPORTED_OUT = ['checkpoint'];
const JOIN = '@';
const DVC_PARAMS_FILE = 'params.yaml';
/**
 * Counts what a group would generate before generating it: a 6-axis matrix or a 200,000-item
 * foreach is refused at once, with the limit, instead of running out of memory.
 */
function withinBudget(reader, group, count, at) {
    if (group.budget.generated + count <= GENERATED_STAGES_LIMIT) {
        group.budget.generated += count;
        return true;
    }
    reader.report((0,core_diagnostics/* error */.z3)('invalid-value', `stage "${group.name}" would generate ${count > Number.MAX_SAFE_INTEGER ? 'too many' : count} stages; at most ${GENERATED_STAGES_LIMIT} stages may be generated from one dvc.yaml`, {
        source: reader.ref(at, 'key'),
        hint: 'split the values across several groups or files, or drop an axis of the matrix',
    }));
    return false;
}
/** DVC warns and lets the generated `item`/`key` win over vars of the same name. */
function noteReserved(reader, group, at) {
    const taken = ['item', 'key'].filter((k) => Object.prototype.hasOwnProperty.call(group.context, k));
    if (taken.length === 0)
        return;
    reader.report((0,core_diagnostics/* notice */.lm)('invalid-value', `${taken.join(' and ')} ${taken.length > 1 ? 'are' : 'is'} already specified, will be overwritten for stages generated from '${group.name}'`, {
        source: reader.ref(at, 'key'),
        hint: 'rename the var: `item` and `key` belong to foreach and matrix',
    }));
}
/** One stage, or the stages a foreach/matrix group generates. */
function expand(reader, group) {
    const { name, definition, context, sources } = group;
    const at = ['stages', name];
    const body = reader.map(definition, at, `stage "${name}"`, '{cmd: ..., deps: [...], outs: [...]}');
    if (!body)
        return [];
    const fail = (path, message, hint) => reader.report((0,core_diagnostics/* error */.z3)('invalid-value', `failed to parse 'stages.${name}.${path.join('.')}': ${message}`, {
        source: reader.ref([...at, ...path]),
        ...(hint ? { hint } : {}),
    }));
    if (body.matrix !== undefined) {
        for (const key of ['foreach', 'do'])
            if (body[key] !== undefined)
                reader.report((0,core_diagnostics/* error */.z3)('unknown-key', `"${key}" cannot be used together with "matrix"`, {
                    source: reader.ref([...at, key], 'key'),
                    hint: 'a matrix stage is written like a plain stage plus `matrix:`',
                }));
        const matrix = resolveDeep(body.matrix, context, 'matrix', (p, m) => fail(['matrix', ...p], m));
        if (!isMap(matrix)) {
            reader.wrongType([...at, 'matrix'], 'matrix', 'a mapping of lists', matrix, '{model: [a, b]}');
            return [];
        }
        const axes = [];
        for (const [axis, values] of Object.entries(matrix)) {
            if (!Array.isArray(values)) {
                reader.wrongType([...at, 'matrix', axis], `matrix.${axis}`, 'a list', values, '[a, b]');
                return [];
            }
            axes.push([axis, values]);
        }
        const size = expansionSize(axes.map(([, values]) => values.length));
        if (!withinBudget(reader, group, size, [...at, 'matrix']))
            return [];
        noteReserved(reader, group, at);
        const template = Object.fromEntries(Object.entries(body).filter(([k]) => k !== 'matrix'));
        return product(axes).map((combination) => {
            const item = {};
            const fragments = [];
            for (const [axis, index, value] of combination) {
                item[axis] = value;
                fragments.push(isMap(value) || Array.isArray(value) ? `${axis}${index}` : toStr(value));
            }
            const key = fragments.join('-');
            return {
                name: `${name}${JOIN}${key}`,
                body: template,
                at,
                context: { ...context, key, item },
                sources,
                via: 'matrix',
            };
        });
    }
    if (body.foreach !== undefined || body.do !== undefined) {
        reader.checkKeys(body, at, FOREACH_KEYS, `in foreach stage "${name}"`);
        if (body.do === undefined) {
            reader.report((0,core_diagnostics/* error */.z3)('invalid-value', `foreach stage "${name}" has no "do"`, {
                source: reader.ref(at, 'key'),
                hint: 'put the stage template under `do:`, using ${item} (and ${key} for a mapping)',
            }));
            return [];
        }
        if (body.foreach === undefined) {
            reader.report((0,core_diagnostics/* error */.z3)('unknown-key', `"do" needs "foreach" in stage "${name}"`, {
                source: reader.ref([...at, 'do'], 'key'),
                hint: 'add `foreach:` with a list or mapping to generate stages from',
            }));
            return [];
        }
        const iterable = resolveDeep(body.foreach, context, 'foreach', (p, m) => fail(['foreach', ...p], m));
        const count = isMap(iterable)
            ? Object.keys(iterable).length
            : Array.isArray(iterable)
                ? iterable.length
                : 0;
        if (!withinBudget(reader, group, count, [...at, 'foreach']))
            return [];
        if (isMap(iterable) || Array.isArray(iterable))
            noteReserved(reader, group, at);
        let entries;
        if (isMap(iterable)) {
            entries = Object.entries(iterable).map(([k, v]) => ({ key: k, item: v, withKey: true }));
        }
        else if (Array.isArray(iterable)) {
            const composite = iterable.some((v) => isMap(v) || Array.isArray(v));
            entries = iterable.map((v, index) => ({
                key: composite ? String(index) : toStr(v),
                item: v,
                withKey: false,
            }));
        }
        else {
            reader.wrongType([...at, 'foreach'], 'foreach', 'a list or a mapping', iterable, '[us, eu]');
            return [];
        }
        return entries.map(({ key, item, withKey }) => ({
            name: `${name}${JOIN}${key}`,
            body: body.do,
            at: [...at, 'do'],
            context: withKey ? { ...context, item, key } : { ...context, item },
            sources,
            via: 'foreach',
        }));
    }
    if (!withinBudget(reader, group, 1, at))
        return [];
    return [{ name, body, at, context, sources }];
}
function product(axes) {
    let combinations = [[]];
    for (const [axis, values] of axes) {
        const next = [];
        for (const combination of combinations)
            values.forEach((value, index) => next.push([...combination, [axis, index, value]]));
        combinations = next;
    }
    return combinations;
}
async function readStage(reader, loader, base, generated) {
    const { name, at } = generated;
    const body = reader.map(generated.body, at, `stage "${name}"`, '{cmd: ..., outs: [...]}');
    if (!body)
        return undefined;
    for (const key of DVC2_STAGE_KEYS) {
        if (body[key] === undefined)
            continue;
        reader.report((0,core_diagnostics/* error */.z3)('unsupported', `"${key}" was removed in DVC 3 (it was a DVC 2 stage key)`, {
            source: reader.ref([...at, key], 'key'),
            hint: 'DVC 3 logs live metrics through DVCLive in the command; remove the key',
        }));
    }
    reader.checkKeys(Object.fromEntries(Object.entries(body).filter(([k]) => !DVC2_STAGE_KEYS.includes(k))), at, STAGE_KEYS, `in stage "${name}"`);
    const before = reader.diagnostics.length;
    const fail = (path, message) => reader.report((0,core_diagnostics/* error */.z3)('invalid-value', `failed to parse 'stages.${name}.${path.join('.')}': ${message}`, {
        source: reader.ref([...at, ...path]),
        hint: 'every ${...} must name a value from vars, params.yaml, or foreach/matrix (item, key)',
    }));
    let context = generated.context;
    // wdir first: stage-level vars files are relative to it.
    let wdirText = '.';
    if (body.wdir !== undefined) {
        const resolved = (0,py_float/* plainNumbers */.DO)(resolveDeep(body.wdir, context, 'wdir', (p, m) => fail(['wdir', ...p], m)));
        wdirText = reader.scalarString(resolved, [...at, 'wdir'], 'wdir') ?? '.';
    }
    const wdir = (0,reprokit/* projectPath */.DZ)(reader, base, wdirText, [...at, 'wdir']) ?? base;
    if (body.vars !== undefined) {
        const local = cloneVars(context);
        const sources = new Map(generated.sources);
        await loader.loadList(body.vars, [...at, 'vars'], wdir, {
            context: local,
            sources,
            prefix: `${name}.`,
            stage: generated.via ? { name, via: generated.via } : undefined,
        });
        context = local;
    }
    const resolved = {};
    for (const [key, value] of Object.entries(body)) {
        if (key === 'vars' || key === 'wdir')
            continue;
        resolved[key] = (0,py_float/* plainNumbers */.DO)(resolveDeep(value, context, key, (p, m) => fail([key, ...p], m)));
    }
    if (resolved.cmd === undefined) {
        reader.report((0,core_diagnostics/* error */.z3)('invalid-value', `stage "${name}" has no cmd`, {
            source: reader.ref(at, 'key'),
            hint: 'add the command that produces its outputs, e.g. `cmd: python src/prepare.py`',
        }));
    }
    const cmd = resolved.cmd === undefined
        ? []
        : reader
            .stringList(resolved.cmd, [...at, 'cmd'], 'cmd', 'cmd: python train.py')
            .filter((c) => c.trim() !== '');
    const flag = (key) => resolved[key] === undefined
        ? false
        : (reader.boolean(resolved[key], [...at, key], key) ?? false);
    const outs = [
        ...readOuts(reader, resolved.outs, { wdir, kind: 'outs', at: [...at, 'outs'] }),
        ...readOuts(reader, resolved.metrics, { wdir, kind: 'metrics', at: [...at, 'metrics'] }),
        ...readOuts(reader, resolved.plots, { wdir, kind: 'plots', at: [...at, 'plots'] }),
    ];
    const stage = {
        name,
        ...(resolved.desc !== undefined
            ? { desc: reader.scalarString(resolved.desc, [...at, 'desc'], 'desc') ?? '' }
            : {}),
        cmd,
        wdir,
        env: {},
        shell: 'bash',
        deps: (0,reprokit/* readDeps */.dh)(reader, resolved.deps, wdir, [...at, 'deps']),
        params: (0,reprokit/* readParams */.LE)(reader, resolved.params, {
            wdir,
            defaultFile: (0,paths/* joinPath */.uJ)(wdir, DVC_PARAMS_FILE),
            at: [...at, 'params'],
        }),
        outs,
        needs: [],
        alwaysRun: flag('always_changed'),
        frozen: flag('frozen'),
        source: reader.ref(['stages', name.split(JOIN)[0]], 'key'),
    };
    if ((0,core_diagnostics/* hasErrors */.Cs)(reader.diagnostics.slice(before)))
        return undefined;
    return {
        ...stage,
        dvc: details(reader.file, { resolved, wdir, cmdIsList: Array.isArray(resolved.cmd) }),
    };
}
/** `- path` or `- path: {cache: false, persist: true, ...}` (DVC's form: the path is the key). */
function readOuts(reader, value, context) {
    if (value === undefined || value === null)
        return [];
    const outs = [];
    const example = `${context.kind}: [data/clean.csv, {model.pkl: {cache: false}}]`;
    reader.list(value, context.at, context.kind, example).forEach((item, index) => {
        const at = [...context.at, index];
        let text;
        let pathAt = at;
        const options = { cache: true, persist: false };
        if (typeof item === 'string')
            text = item;
        else if (isMap(item) && Object.keys(item).length === 1) {
            const [path, raw] = Object.entries(item)[0];
            text = path;
            pathAt = [...at, path];
            const opts = raw === null || raw === undefined ? {} : reader.map(raw, pathAt, `options of ${path}`);
            for (const [key, v] of Object.entries(opts ?? {})) {
                if (OUT_OPTIONS.includes(key)) {
                    const b = reader.boolean(v, [...pathAt, key], key);
                    if (b !== undefined)
                        options[key] = b;
                }
                else if (UNSUPPORTED_OUT.includes(key)) {
                    reader.report((0,core_diagnostics/* error */.z3)('unsupported', `"${key}" outputs are not supported (DVC 3 removed them too)`, {
                        source: reader.ref([...pathAt, key], 'key'),
                        hint: 'remove the option; the output is then a plain output',
                    }));
                }
                else if (!OUT_DESCRIPTIVE.includes(key) &&
                    !(context.kind === 'plots' && PLOT_DESCRIPTIVE.includes(key))) {
                    const allowed = [
                        ...OUT_OPTIONS,
                        ...OUT_DESCRIPTIVE,
                        ...(context.kind === 'plots' ? PLOT_DESCRIPTIVE : []),
                    ];
                    reader.checkKeys({ [key]: v }, pathAt, allowed, `in an output of ${context.kind}`);
                }
            }
        }
        else {
            reader.wrongType(at, `an entry of ${context.kind}`, 'a path or {path: {cache: false}}', item, example);
            return;
        }
        if ((0,glob/* isGlob */.fg)(text)) {
            reader.report((0,core_diagnostics/* error */.z3)('invalid-value', `output "${text}" is a glob; outputs must be exact paths`, {
                source: reader.ref(pathAt, pathAt === at ? 'value' : 'key'),
                hint: 'declare the file, or the directory that holds the files',
            }));
            return;
        }
        const path = (0,reprokit/* projectPath */.DZ)(reader, context.wdir, text, pathAt);
        if (path === undefined)
            return;
        if (path === '') {
            reader.report((0,core_diagnostics/* error */.z3)('invalid-value', 'an output cannot be the whole project directory', {
                source: reader.ref(pathAt),
            }));
            return;
        }
        const source = reader.ref(pathAt, pathAt === at ? 'value' : 'key');
        const plot = context.kind === 'plots' ? stagePlot(reader, path, item, { context, pathAt }) : undefined;
        outs.push({
            path,
            ...options,
            metric: context.kind === 'metrics',
            ...(plot ? { plot } : {}),
            source,
        });
    });
    return outs;
}
/** How a stage's plots output is drawn: its options (x, y, template, ...) or the defaults. */
function stagePlot(reader, path, item, where) {
    const raw = isMap(item) ? Object.values(item)[0] : undefined;
    if (!isMap(raw))
        return (0,definitions/* fileDefinition */.GV)(path, {}, reader.ref(where.pathAt, 'key'));
    return (0,definitions/* readDefinition */.Ud)(reader, path, raw, {
        at: where.pathAt,
        resolve: (file, at) => (0,reprokit/* projectPath */.DZ)(reader, where.context.wdir, file, at),
        file: path,
    });
}
/** How the stage was written, for writing dvc.lock the way DVC does. */
function details(file, written) {
    const scratch = new manifest_reader/* DocReader */.cq(file);
    const paths = {};
    const note = (text) => {
        if (typeof text !== 'string')
            return;
        const path = (0,reprokit/* projectPath */.DZ)(scratch, written.wdir, text, []);
        if (path !== undefined && paths[path] === undefined)
            paths[path] = text;
    };
    for (const key of ['deps', 'outs', 'metrics', 'plots']) {
        const value = written.resolved[key];
        for (const item of Array.isArray(value) ? value : [value]) {
            if (isMap(item))
                Object.keys(item).forEach(note);
            else
                note(item);
        }
    }
    return { cmdIsList: written.cmdIsList, paths };
}

;// CONCATENATED MODULE: ./src/core/dvc/read.ts









/**
 * dvc.yaml with DVC's semantics (DVC 3.x). The DVC support is one pipeline, one module a step:
 *
 *   read (this file: top level, vars) → template.ts (`${...}`, vars.ts loads the files)
 *     → stages.ts (foreach/matrix counted, expanded, each stage read) → lock.ts (dvc.lock)
 *
 * Paths are relative to the directory of dvc.yaml and the stage wdir, the default params file is
 * `params.yaml` beside them; generated stages are named `group@key` and point back at the
 * template in the original text, so every diagnostic has the line and column of dvc.yaml.
 * Outside the core: engine/dvc (missing inputs, dvc.lock check/write), adapters/dvc (md5).
 */
const TOP_KEYS = ['stages', 'vars', 'params', 'metrics', 'plots', 'artifacts', 'datasets'];
/** Top-level keys DVC uses for its reports and model registry; they do not change what runs. */
const IGNORED_TOP_KEYS = ['params', 'metrics', 'artifacts', 'datasets'];
/** Turns a parsed dvc.yaml into a Pipeline, or every problem found. */
async function readDvcManifest(file, doc, load) {
    const reader = new manifest_reader/* DocReader */.cq(file);
    const base = (0,paths/* parentDir */.Qp)(file);
    const top = reader.map(plainTop(doc), [], 'dvc.yaml', 'stages: {prepare: {cmd: ...}}');
    if (!top)
        return (0,result/* err */._)(reader.diagnostics);
    reader.checkKeys(top, [], TOP_KEYS, `at the top level of ${file}`);
    const ignored = IGNORED_TOP_KEYS.filter((k) => top[k] !== undefined);
    if (ignored.length > 0) {
        reader.report((0,core_diagnostics/* notice */.lm)('unsupported', `${file}: top-level ${ignored.map((k) => `"${k}"`).join(', ')} ignored (used by DVC's reports, not by runs)`));
    }
    const loader = new VarsLoader(reader, load);
    const context = {};
    const sources = new Map();
    await loader.loadDefault((0,paths/* joinPath */.uJ)(base, DVC_PARAMS_FILE), context, sources);
    if (top.vars !== undefined)
        await loader.loadList(top.vars, ['vars'], base, { context, sources, prefix: '' });
    const stages = [];
    const seen = new Map();
    // DVC reads a dvc.yaml without stages (DVCLive writes one with only metrics and plots).
    if (doc === null || doc === undefined || top.stages === null) {
        reader.report((0,core_diagnostics/* notice */.lm)('invalid-value', `${file} declares no stages`, {
            source: reader.ref(top.stages === null ? ['stages'] : [], 'key'),
            hint: 'add a `stages:` mapping, e.g.\nstages:\n  prepare:\n    cmd: python prepare.py\n    outs: [data/clean.csv]',
        }));
    }
    const budget = { generated: 0 };
    const map = top.stages === undefined || top.stages === null
        ? {}
        : (reader.map(top.stages, ['stages'], 'stages', 'stages: {prepare: {cmd: ...}}') ?? {});
    for (const [name, definition] of Object.entries(map)) {
        if (!/^[^:@/\\\s]+$/.test(name)) {
            reader.report((0,core_diagnostics/* error */.z3)('invalid-name', `stage name "${name}" may not contain ":", "@", "/", "\\" or spaces`, {
                source: reader.ref(['stages', name], 'key'),
                hint: '"@" is reserved for the names DVC generates from foreach and matrix',
            }));
            continue;
        }
        for (const generated of expand(reader, { name, definition, context, sources, budget })) {
            const previous = seen.get(generated.name);
            if (previous) {
                reader.report((0,core_diagnostics/* error */.z3)('invalid-name', `stage "${generated.name}" is generated twice`, {
                    source: reader.ref(['stages', name], 'key'),
                    hint: 'foreach values (or matrix combinations) must give distinct names',
                }));
                continue;
            }
            seen.set(generated.name, generated.at);
            const stage = await readStage(reader, loader, base, generated);
            if (stage)
                stages.push(stage);
        }
    }
    // Top-level plots: paths relative to the directory of dvc.yaml, as DVC reads them.
    const plots = (0,definitions/* readPlotList */.Wh)(reader, top.plots, {
        at: ['plots'],
        resolve: (text, at) => (0,reprokit/* projectPath */.DZ)(reader, base, text, at),
    });
    // A template generates many stages: report each of its problems once.
    const diagnostics = dedupe(reader.diagnostics);
    const notices = diagnostics.filter((d) => d.severity !== 'error');
    if ((0,core_diagnostics/* hasErrors */.Cs)(diagnostics))
        return (0,result/* err */._)(diagnostics);
    return (0,result.ok)({
        manifestFile: file,
        format: 'dvc',
        stages,
        publish: { artifacts: [] },
        ...(plots.length > 0 ? { plots } : {}),
        ...(notices.length > 0 ? { notices } : {}),
    });
}
/** A top-level document as the reader expects it (empty file: no stages). */
function plainTop(doc) {
    return doc === null || doc === undefined ? {} : doc;
}
function dedupe(diagnostics) {
    const seen = new Set();
    return diagnostics.filter((d) => {
        const id = d.source ? `${d.code}@${JSON.stringify(d.source)}` : `${d.code}:${d.message}`;
        if (seen.has(id))
            return false;
        seen.add(id);
        return true;
    });
}


/***/ })

};

//# sourceMappingURL=472.index.js.map