export const id = 998;
export const ids = [998];
export const modules = {

/***/ 77998:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   missingInputs: () => (/* binding */ missingInputs)
/* harmony export */ });
/* harmony import */ var _core_diagnostics_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(27135);
/* harmony import */ var _core_dvc_missing_input_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(53926);


/**
 * For a DVC project: the stages whose source deps are not in the workspace (DVC-tracked data
 * before `dvc pull`, or a path nothing provides) or whose params are missing. A missing dep that
 * no `.dvc` file tracks may be a typo: it also gets a positioned warning.
 */
async function missingInputs(workspace, graph, params) {
    const byStage = new Map();
    const diagnostics = [];
    const warned = new Set();
    const known = new Map();
    const check = (path) => {
        let pending = known.get(path);
        if (!pending) {
            pending = missingDep(workspace, path);
            known.set(path, pending);
        }
        return pending;
    };
    for (const stage of graph.order) {
        const reasons = [];
        for (const dep of stage.deps) {
            if (dep.kind === 'glob' || graph.producers.overlapping(dep.path).length > 0)
                continue;
            const missing = await check(dep.path);
            if (!missing)
                continue;
            reasons.push(missing);
            if (missing.kind === 'input-missing' &&
                missing.trackedBy === undefined &&
                !warned.has(dep.path)) {
                warned.add(dep.path);
                diagnostics.push({
                    ...(0,_core_diagnostics_js__WEBPACK_IMPORTED_MODULE_0__/* .error */ .z3)('missing-dep', `${dep.path} does not exist, no stage produces it and no .dvc file tracks it (dep of stage "${stage.name}")`, {
                        source: dep.source,
                        hint: 'create the file, fix the path (paths are relative to the stage wdir), or track it with `dvc add`',
                    }),
                    severity: 'warning',
                });
            }
        }
        reasons.push(...(0,_core_dvc_missing_input_js__WEBPACK_IMPORTED_MODULE_1__/* .missingParams */ .p)(stage.params, params));
        if (reasons.length > 0)
            byStage.set(stage.name, reasons);
    }
    return { byStage, diagnostics };
}
async function missingDep(workspace, path) {
    try {
        if (await workspace.info(path))
            return undefined;
    }
    catch {
        return undefined; // symlinks escaping the project are reported by checkWorkspace
    }
    for (const candidate of (0,_core_dvc_missing_input_js__WEBPACK_IMPORTED_MODULE_1__/* .dvcFileCandidates */ .sT)(path)) {
        const info = await workspace.info(candidate).catch(() => undefined);
        if (info?.kind === 'file')
            return { kind: 'input-missing', path, trackedBy: candidate };
    }
    return { kind: 'input-missing', path };
}


/***/ })

};

//# sourceMappingURL=998.index.js.map