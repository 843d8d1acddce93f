export const id = 865;
export const ids = [865];
export const modules = {

/***/ 5865:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: ./src/core/suggest.ts
var suggest = __webpack_require__(2085);
// EXTERNAL MODULE: ./src/entry/cli/exit.ts
var exit = __webpack_require__(5093);
// EXTERNAL MODULE: ./src/entry/cli/table.ts
var table = __webpack_require__(2457);
;// CONCATENATED MODULE: ./src/entry/cli/help.ts

/** Help texts, made from the command table (docs/cli.md shows the same texts: a test compares). */
const EXIT_CODES = 'Exit codes: 0 ok; 1 a stage failed (status --exit-code: something is not fresh);\n' +
    '2 bad input (invalid manifest or usage); 3 internal error (a bug); 75 another run holds\n' +
    'the project (run --no-wait; without it a second run waits); 130 interrupted.\n';
function generalHelp() {
    const width = Math.max(...table/* COMMANDS */.Lo.map((c) => usageOf(c).length));
    const commands = table/* COMMANDS */.Lo.map((c) => `  ${usageOf(c).padEnd(width)}  ${c.summary}`);
    return ('reprokit: incremental, cached data pipelines\n\n' +
        'Usage: reprokit <command> [options] [operands]\n\n' +
        `Commands:\n${commands.join('\n')}\n\n` +
        `Options for every command:\n${optionLines(table/* GLOBAL_OPTIONS */.PA)}\n\n` +
        'Run "reprokit <command> --help" for the options of a command.\n' +
        EXIT_CODES);
}
function commandHelp(spec) {
    const operands = spec.operands ? ` ${spec.operands}` : '';
    const options = spec.options.length > 0 ? `Options:\n${optionLines(spec.options)}\n\n` : '';
    return (`Usage: reprokit ${spec.name} [options]${operands}\n\n` +
        `${capitalise(spec.summary)}.\n` +
        (spec.description ? `${spec.description}\n` : '') +
        '\n' +
        options +
        `Options for every command:\n${optionLines(table/* GLOBAL_OPTIONS */.PA)}\n\n` +
        EXIT_CODES);
}
function usageOf(c) {
    return c.operands ? `${c.name} ${c.operands}` : c.name;
}
function optionLines(options) {
    const left = options.map(optionLabel);
    const width = Math.max(...left.map((l) => l.length));
    return options.map((o, i) => `  ${left[i].padEnd(width)}  ${o.help}`).join('\n');
}
function optionLabel(o) {
    const long = `--${o.name}${o.value ? ` ${o.value}` : ''}`;
    return o.short ? `-${o.short}, ${long}` : `    ${long}`;
}
function capitalise(text) {
    return text.charAt(0).toUpperCase() + text.slice(1);
}

;// CONCATENATED MODULE: ./src/entry/cli/commands/help.ts




/** `reprokit help [COMMAND]`, `reprokit COMMAND --help`. */
async function run(args, io) {
    const [name] = args.operands;
    if (name === undefined) {
        io.stdout.write(generalHelp());
        return exit/* EXIT */.d.ok;
    }
    const spec = (0,table/* commandNamed */.v)(name);
    if (spec) {
        io.stdout.write(commandHelp(spec));
        return exit/* EXIT */.d.ok;
    }
    const guess = (0,suggest/* closest */.k)(name, table/* COMMANDS */.Lo.map((c) => c.name));
    io.stderr.write(`reprokit: unknown command "${name}"${guess ? `: did you mean "${guess}"?` : ''}\n`);
    return exit/* EXIT */.d.usage;
}


/***/ })

};

//# sourceMappingURL=865.index.js.map