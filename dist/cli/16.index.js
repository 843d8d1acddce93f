export const id = 16;
export const ids = [16];
export const modules = {

/***/ 5635:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   run: () => (/* binding */ run)
/* harmony export */ });
/* harmony import */ var _core_path_journal_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1142);
/* harmony import */ var _color_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8546);
/* harmony import */ var _context_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9415);
/* harmony import */ var _output_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(368);
/* harmony import */ var _snapshot_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2481);
/* harmony import */ var _spec_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(8462);
/* harmony import */ var _stage_request_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(1475);







/**
 * `reprokit status`: per stage fresh, cached or stale, and why. With --exit-code it is a CI gate
 * (like `git diff --exit-code`, `make -q`): 1 when anything is not fresh.
 */
async function run(args, io) {
    const journal = new _core_path_journal_js__WEBPACK_IMPORTED_MODULE_0__/* .PathJournal */ .p();
    const session = await (0,_context_js__WEBPACK_IMPORTED_MODULE_2__/* .openForCli */ .Ec)(args, io, {
        stages: args.operands,
        journal,
        emit: () => undefined,
        ...((0,_spec_js__WEBPACK_IMPORTED_MODULE_5__/* .flag */ .Jt)(args, 'no-cache') ? { cache: 'none' } : {}),
    });
    if (typeof session === 'number')
        return session;
    const json = (0,_spec_js__WEBPACK_IMPORTED_MODULE_5__/* .flag */ .Jt)(args, 'json');
    const paint = (0,_color_js__WEBPACK_IMPORTED_MODULE_1__/* .painter */ .C)(!json && (0,_color_js__WEBPACK_IMPORTED_MODULE_1__/* .colorEnabled */ .X)(io.stdout, io.env));
    let report;
    try {
        report = await session.plan((0,_stage_request_js__WEBPACK_IMPORTED_MODULE_6__/* .stageRequest */ .e)(args, io));
        const allFresh = report.stages.every((s) => s.status === 'fresh');
        const gate = (upToDate) => (0,_spec_js__WEBPACK_IMPORTED_MODULE_5__/* .flag */ .Jt)(args, 'exit-code') && !upToDate ? _context_js__WEBPACK_IMPORTED_MODULE_2__/* .EXIT */ .dc.failed : _context_js__WEBPACK_IMPORTED_MODULE_2__/* .EXIT */ .dc.ok;
        if (session.project.pipeline.format !== 'dvc') {
            io.stdout.write(json ? JSON.stringify((0,_output_js__WEBPACK_IMPORTED_MODULE_3__/* .planJson */ .iY)(report), null, 2) + '\n' : (0,_output_js__WEBPACK_IMPORTED_MODULE_3__/* .planTable */ .k0)(report, paint));
            return gate(allFresh);
        }
        // DVC projects: also whether the committed dvc.lock matches the workspace (no data pulled).
        // Loaded only here: dvc.lock code reads it with the `yaml` package.
        const { checkDvcLock } = await Promise.all(/* import() */[__webpack_require__.e(815), __webpack_require__.e(135)]).then(__webpack_require__.bind(__webpack_require__, 2135));
        const { localDvcLockServices } = await Promise.all(/* import() */[__webpack_require__.e(815), __webpack_require__.e(460)]).then(__webpack_require__.bind(__webpack_require__, 2460));
        const lock = await checkDvcLock(session.project, localDvcLockServices(session.workspace));
        const dvcLock = {
            upToDate: lock.upToDate,
            stale: lock.stale.map((s) => s.stage),
            reasons: Object.fromEntries(lock.stale.map((s) => [s.stage, s.reasons])),
        };
        io.stdout.write(json
            ? JSON.stringify({ ...(0,_output_js__WEBPACK_IMPORTED_MODULE_3__/* .planJson */ .iY)(report), dvcLock }, null, 2) + '\n'
            : (0,_output_js__WEBPACK_IMPORTED_MODULE_3__/* .planTable */ .k0)(report, paint) +
                (lock.upToDate
                    ? `${lock.file} is up to date\n`
                    : `${lock.file} is not up to date:\n${lock.stale.map((s) => `  ${s.stage}: ${s.reasons.join('; ')}\n`).join('')}`));
        return gate(allFresh && lock.upToDate);
    }
    finally {
        const warnings = [
            ...session.close(),
            ...(0,_snapshot_js__WEBPACK_IMPORTED_MODULE_4__/* .updateSnapshot */ .W)(args, session, journal, report, io.signal),
        ];
        if (warnings[0])
            io.stderr.write(`reprokit: warning: ${warnings[0]}\n`);
    }
}


/***/ })

};

//# sourceMappingURL=16.index.js.map