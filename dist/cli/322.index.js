export const id = 322;
export const ids = [322];
export const modules = {

/***/ 322:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   YamlLocator: () => (/* binding */ YamlLocator),
/* harmony export */   checkAliases: () => (/* binding */ checkAliases),
/* harmony export */   parseWithPositions: () => (/* binding */ parseWithPositions),
/* harmony export */   parseYamlNow: () => (/* binding */ parseYamlNow),
/* harmony export */   spanMaker: () => (/* binding */ spanMaker),
/* harmony export */   tooDeeplyNestedAt: () => (/* binding */ tooDeeplyNestedAt)
/* harmony export */ });
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8815);
/* harmony import */ var _diagnostics_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(7135);
/* harmony import */ var _dvc_py_float_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(507);
/* harmony import */ var _result_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9294);
/* harmony import */ var _source_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7796);
/* harmony import */ var _yaml_limits_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(771);






/**
 * The reference YAML reading, on the `yaml` package: loaded through source.ts's parseYaml and
 * openLocator only when a document or a diagnostic needs it (see there). Nothing on a command's
 * usual path may import this module statically.
 */
/** parseYaml's reading, synchronous: for callers that have loaded this module anyway. */
function parseYamlNow(file, text, options = {}) {
    const quick = (0,_source_js__WEBPACK_IMPORTED_MODULE_2__/* .readQuickly */ .xF)(file, text, options);
    if (quick.kind === 'read')
        return quick.result;
    return quick.kind === 'too-deep'
        ? (0,_result_js__WEBPACK_IMPORTED_MODULE_4__/* .err */ ._)([tooDeeplyNestedAt(file, text, quick.path)])
        : parseWithPositions(file, text, options);
}
/** The too-deep diagnostic, placed at the first value past the limit. */
function tooDeeplyNestedAt(file, text, path) {
    const at = new YamlLocator(new Map([[file, text]])).locate({ file, path });
    return { ...(0,_source_js__WEBPACK_IMPORTED_MODULE_2__/* .tooDeeplyNested */ .d3)(file), ...(at ? { span: at } : {}) };
}
function checkDepth(file, text, value) {
    const deep = (0,_yaml_limits_js__WEBPACK_IMPORTED_MODULE_3__/* .tooDeep */ .DI)(value);
    return deep === undefined ? (0,_result_js__WEBPACK_IMPORTED_MODULE_4__.ok)(value) : (0,_result_js__WEBPACK_IMPORTED_MODULE_4__/* .err */ ._)([tooDeeplyNestedAt(file, text, deep)]);
}
/** The same reading through the `yaml` package only (the reference; tests compare with it). */
function parseWithPositions(file, text, options = {}) {
    const lineCounter = new yaml__WEBPACK_IMPORTED_MODULE_0__/* .LineCounter */ .HN();
    const span = spanMaker(file, lineCounter);
    let doc;
    try {
        doc = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .parseDocument */ .Tp)(text, {
            lineCounter,
            prettyErrors: false,
            uniqueKeys: true,
            merge: true,
            logLevel: 'error',
            ...(options.floats === 'python' ? { customTags: pythonFloatTags } : {}),
        });
    }
    catch (e) {
        if (e instanceof RangeError)
            return (0,_result_js__WEBPACK_IMPORTED_MODULE_4__/* .err */ ._)([(0,_source_js__WEBPACK_IMPORTED_MODULE_2__/* .tooDeeplyNested */ .d3)(file)]);
        throw e;
    }
    if (doc.errors.some((e) => /call stack/i.test(e.message)))
        return (0,_result_js__WEBPACK_IMPORTED_MODULE_4__/* .err */ ._)([(0,_source_js__WEBPACK_IMPORTED_MODULE_2__/* .tooDeeplyNested */ .d3)(file)]);
    if (doc.errors.length > 0) {
        return (0,_result_js__WEBPACK_IMPORTED_MODULE_4__/* .err */ ._)(doc.errors.map((e) => {
            const unclosed = e.code === 'MISSING_CHAR' || /end with an? [\]}]/.test(e.message);
            const at = unclosed ? unclosedBracket(text, e.pos[0]) : undefined;
            const from = at ?? e.pos[0];
            const message = e.message.split('\n')[0] ?? e.message;
            return {
                ...(0,_diagnostics_js__WEBPACK_IMPORTED_MODULE_5__/* .error */ .z3)('yaml-syntax', `YAML syntax error: ${message}`, {
                    hint: syntaxHint(unclosed ? 'MISSING_CHAR' : e.code),
                }),
                span: span(from, at !== undefined ? at + 1 : e.pos[1]),
            };
        }));
    }
    const aliases = checkAliases(doc, span);
    if (aliases.length > 0)
        return (0,_result_js__WEBPACK_IMPORTED_MODULE_4__/* .err */ ._)(aliases);
    textKeys(doc);
    let value;
    try {
        value = doc.toJS({ maxAliasCount: -1 });
    }
    catch (e) {
        if (e instanceof RangeError)
            return (0,_result_js__WEBPACK_IMPORTED_MODULE_4__/* .err */ ._)([(0,_source_js__WEBPACK_IMPORTED_MODULE_2__/* .tooDeeplyNested */ .d3)(file)]);
        // checkAliases found every alias problem the `yaml` package knows; anything else is a bug.
        throw e;
    }
    return checkDepth(file, text, value);
}
/**
 * Mapping keys become text the way js-yaml makes them, so both parsers give one result: a float
 * key as Python writes it (`20.0`), a null key as `null`.
 */
function textKeys(doc) {
    (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .visit */ .YR)(doc, {
        Pair: (_key, pair) => {
            // A collection used as a key is turned into text by the parser: plain numbers there.
            if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isCollection */ .P3)(pair.key))
                (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .visit */ .YR)(pair.key, {
                    Scalar: (_k, scalar) => {
                        if (scalar.value instanceof _dvc_py_float_js__WEBPACK_IMPORTED_MODULE_1__/* .PyFloat */ .g$)
                            scalar.value = scalar.value.value;
                    },
                });
            if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(pair.key))
                return;
            if (pair.key.value instanceof _dvc_py_float_js__WEBPACK_IMPORTED_MODULE_1__/* .PyFloat */ .g$)
                pair.key.value = pair.key.value.toString();
            else if (pair.key.value === null)
                pair.key.value = 'null';
        },
    });
}
/** The core schema with whole-number floats kept as PyFloat. */
function pythonFloatTags(tags) {
    return tags.map((tag) => {
        const scalar = tag;
        if (scalar.tag !== 'tag:yaml.org,2002:float' || !scalar.resolve)
            return tag;
        const resolve = scalar.resolve.bind(scalar);
        return {
            ...scalar,
            resolve: (source, onError, options) => {
                const value = resolve(source, onError, options);
                // The plain float tag answers a Scalar node (to remember `20.0`'s digits), the others a number.
                if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(value) && typeof value.value === 'number')
                    value.value = (0,_dvc_py_float_js__WEBPACK_IMPORTED_MODULE_1__/* .pyFloat */ .Qz)(value.value);
                return typeof value === 'number' ? (0,_dvc_py_float_js__WEBPACK_IMPORTED_MODULE_1__/* .pyFloat */ .Qz)(value) : value;
            },
        };
    });
}
/**
 * The parser reports a missing `]` or `}` where it gave up, often past the end of the file;
 * the opening bracket that was never closed is what the user has to look at.
 */
function unclosedBracket(text, before) {
    const open = [];
    let quote;
    for (let i = 0; i < Math.min(before, text.length); i++) {
        const c = text[i];
        if (quote) {
            if (c === quote)
                quote = undefined;
        }
        else if (c === '"' || c === "'")
            quote = c;
        else if (c === '#' && (i === 0 || /\s/.test(text[i - 1])))
            i = text.indexOf('\n', i) < 0 ? text.length : text.indexOf('\n', i);
        else if (c === '[' || c === '{')
            open.push(i);
        else if ((c === ']' || c === '}') && open.length > 0)
            open.pop();
    }
    return open.pop();
}
function syntaxHint(code) {
    switch (code) {
        case 'MISSING_CHAR':
            return 'close the `[` with `]` (or the `{` with `}`), or quote a value that starts with one';
        case 'DUPLICATE_KEY':
            return 'each key may appear once in a mapping: merge the two entries or rename one';
        case 'BAD_INDENT':
            return 'check the indentation: nested keys need more spaces than their parent, and the same amount as their siblings';
        case 'TAB_AS_INDENT':
            return 'YAML indentation must use spaces, not tabs';
        default:
            return 'fix the YAML syntax at the marked position (quote values that contain ": " or start with special characters)';
    }
}
/**
 * Maps a SourceRef to a line and column. Each text is parsed (with positions) on its first
 * lookup: positions are only needed when something has to be reported.
 */
class YamlLocator {
    texts;
    parsed = new Map();
    constructor(texts) {
        this.texts = texts;
    }
    text(file) {
        return this.texts.get(file);
    }
    locate(ref) {
        const parsed = this.document(ref.file);
        if (parsed === undefined)
            return undefined;
        // An empty document has no node to point at: the start of the file is where to look.
        const range = findRange(parsed.doc.contents, ref.path, ref.at ?? 'value') ?? [0, 0];
        const start = parsed.lines.linePos(range[0]);
        const end = parsed.lines.linePos(Math.max(range[1], range[0] + 1));
        return {
            file: ref.file,
            line: start.line,
            column: start.col,
            endLine: end.line,
            endColumn: end.col,
        };
    }
    document(file) {
        let parsed = this.parsed.get(file);
        if (parsed === undefined) {
            const text = this.texts.get(file);
            if (text === undefined)
                return undefined;
            const lines = new yaml__WEBPACK_IMPORTED_MODULE_0__/* .LineCounter */ .HN();
            parsed = { doc: (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .parseDocument */ .Tp)(text, { lineCounter: lines, uniqueKeys: false }), lines };
            this.parsed.set(file, parsed);
        }
        return parsed;
    }
}
function findRange(root, path, at) {
    let node = root;
    let keyRange;
    let best = nodeRange(root);
    for (const segment of path) {
        const pair = childPair(node, segment);
        if (pair === undefined)
            return best;
        keyRange = pair.keyRange;
        node = pair.value;
        best = nodeRange(node) ?? keyRange ?? best;
    }
    if (at === 'key' && keyRange !== undefined)
        return keyRange;
    return nodeRange(node) ?? keyRange ?? best;
}
function childPair(node, segment) {
    if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(node)) {
        const pair = node.items.find((p) => keyText(p.key) === String(segment));
        if (pair === undefined)
            return undefined;
        return { keyRange: nodeRange(pair.key), value: pair.value };
    }
    if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(node) && typeof segment === 'number') {
        const item = node.items[segment];
        return item === undefined ? undefined : { value: item };
    }
    return undefined;
}
function keyText(key) {
    if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(key))
        return String(key.value);
    if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isPair */ .tO)(key))
        return undefined;
    return typeof key === 'string' ? key : undefined;
}
function nodeRange(node) {
    const range = node?.range;
    if (range === undefined)
        return undefined;
    return [range[0], range[1]];
}
function spanMaker(file, lines) {
    return (from, to) => {
        const start = lines.linePos(from);
        const end = lines.linePos(Math.max(to, from + 1));
        return { file, line: start.line, column: start.col, endLine: end.line, endColumn: end.col };
    };
}
/**
 * Checks the aliases of a parsed document before its value is built: every alias must name an
 * earlier anchor that does not contain the alias itself, there may be at most `maxAliases`, and
 * together they may expand to at most `maxAliasExpansion` nodes.
 */
function checkAliases(doc, span) {
    const anchors = new Map();
    const sizes = new Map();
    const problems = [];
    let aliases = 0;
    let expansion = 0;
    (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .visit */ .YR)(doc, {
        Node: (_key, node, path) => {
            if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isAlias */ .Vj)(node)) {
                aliases++;
                const range = node.range ?? [0, 0, 0];
                const at = span(range[0], range[1]);
                const source = anchors.get(node.source);
                if (source === undefined) {
                    problems.push(unresolvedAlias(node.source, at));
                    return yaml__WEBPACK_IMPORTED_MODULE_0__/* .visit */ .YR.BREAK;
                }
                if (path.includes(source)) {
                    problems.push((0,_diagnostics_js__WEBPACK_IMPORTED_MODULE_5__/* .error */ .z3)('yaml-syntax', `YAML alias *${node.source} refers to the node that contains it`, {
                        hint: 'an anchor cannot be used inside itself: copy the values instead',
                    }));
                    problems[problems.length - 1].span = at;
                    return yaml__WEBPACK_IMPORTED_MODULE_0__/* .visit */ .YR.BREAK;
                }
                expansion += sizeOf(source, sizes, anchors);
                if (aliases > _yaml_limits_js__WEBPACK_IMPORTED_MODULE_3__/* .YAML_LIMITS */ .XM.maxAliases || expansion > _yaml_limits_js__WEBPACK_IMPORTED_MODULE_3__/* .YAML_LIMITS */ .XM.maxAliasExpansion) {
                    problems.push({
                        ...(0,_diagnostics_js__WEBPACK_IMPORTED_MODULE_5__/* .error */ .z3)('yaml-syntax', aliases > _yaml_limits_js__WEBPACK_IMPORTED_MODULE_3__/* .YAML_LIMITS */ .XM.maxAliases
                            ? `more than ${_yaml_limits_js__WEBPACK_IMPORTED_MODULE_3__/* .YAML_LIMITS */ .XM.maxAliases} YAML aliases in one file`
                            : `YAML aliases expand to more than ${_yaml_limits_js__WEBPACK_IMPORTED_MODULE_3__/* .YAML_LIMITS */ .XM.maxAliasExpansion} values`, {
                            hint: 'aliases that repeat other aliases grow exponentially: write the values out',
                        }),
                        span: at,
                    });
                    return yaml__WEBPACK_IMPORTED_MODULE_0__/* .visit */ .YR.BREAK;
                }
                return undefined;
            }
            if (node.anchor)
                anchors.set(node.anchor, node);
            return undefined;
        },
        Pair: (_key, pair) => {
            if (!isMergeKey(pair.key))
                return undefined;
            const value = pair.value;
            const mapLike = (node) => (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(node) || ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isAlias */ .Vj)(node) && (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(anchors.get(node.source)));
            const mergeable = (node) => {
                if (mapLike(node))
                    return true;
                const target = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isAlias */ .Vj)(node) ? anchors.get(node.source) : node;
                return (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(target) && target.items.every(mapLike);
            };
            if (mergeable(value))
                return undefined;
            // An alias that resolves nowhere is reported by the Node visitor with a better message.
            if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isAlias */ .Vj)(value) && !anchors.has(value.source))
                return undefined;
            const range = value?.range ??
                pair.key.range ?? [0, 0];
            problems.push({
                ...(0,_diagnostics_js__WEBPACK_IMPORTED_MODULE_5__/* .error */ .z3)('yaml-syntax', 'a YAML merge key (<<) must be followed by a mapping, an alias of one, or a list of them', {
                    hint: 'write `<<: *name` where `&name` marks a mapping, or quote "<<" if it is a plain key',
                }),
                span: span(range[0], range[1]),
            });
            return yaml__WEBPACK_IMPORTED_MODULE_0__/* .visit */ .YR.BREAK;
        },
    });
    return problems;
}
function unresolvedAlias(name, at) {
    const glob = /[.*?/[\]]/.test(name) || name === '';
    return {
        ...(0,_diagnostics_js__WEBPACK_IMPORTED_MODULE_5__/* .error */ .z3)('yaml-syntax', `\`*${name}\` is a YAML alias, and no anchor \`&${name}\` is set before it`, {
            hint: glob
                ? `quote globs: "*${name}" (an unquoted * starts a YAML alias)`
                : `set the anchor first (\`key: &${name} value\`), or quote the text: "*${name}"`,
        }),
        span: at,
    };
}
/** Nodes a value expands to, aliases included (memoised: shared anchors are counted once each). */
function sizeOf(node, sizes, anchors) {
    const known = sizes.get(node);
    if (known !== undefined)
        return known;
    sizes.set(node, 1); // a cycle counts once; checkAliases reports it
    let size = 1;
    if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isAlias */ .Vj)(node)) {
        const source = anchors.get(node.source);
        size = source ? sizeOf(source, sizes, anchors) : 1;
    }
    else if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isCollection */ .P3)(node)) {
        for (const item of node.items) {
            if (item && typeof item === 'object' && 'key' in item) {
                const pair = item;
                for (const part of [pair.key, pair.value])
                    if (part && typeof part === 'object')
                        size += sizeOf(part, sizes, anchors);
            }
            else if (item && typeof item === 'object')
                size += sizeOf(item, sizes, anchors);
        }
    }
    size = Math.min(size, Number.MAX_SAFE_INTEGER);
    sizes.set(node, size);
    return size;
}
/** The `yaml` package reads a plain `<<` key as a Symbol when merge keys are on. */
function isMergeKey(key) {
    if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(key))
        return false;
    const value = key.value;
    return value === '<<' || (typeof value === 'symbol' && value.description === '<<');
}


/***/ })

};

//# sourceMappingURL=322.index.js.map