export const id = 649;
export const ids = [649];
export const modules = {

/***/ 9649:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  openPlanCache: () => (/* binding */ openPlanCache),
  planDocument: () => (/* binding */ planDocument),
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
;// CONCATENATED MODULE: ./src/core/fanout.ts
const DEFAULT_MAX_WAVES = 4;
const DEFAULT_MAX_GROUPS = 4;
/** Groups the stale stages into the fewest waves; stages not in the graph are an error. */
function planWaves(graph, stale) {
    const staleSet = new Set(stale);
    for (const name of staleSet)
        if (!graph.byName.has(name))
            throw new Error(`Internal error: unknown stage "${name}"`);
    const level = new Map();
    const waves = [];
    // graph.order is topological: every upstream stage has its level before its downstream ones.
    for (const stage of graph.order) {
        if (!staleSet.has(stage.name))
            continue;
        let wave = 0;
        for (const edge of graph.upstream.get(stage.name) ?? []) {
            const up = level.get(edge.from);
            if (up !== undefined && up + 1 > wave)
                wave = up + 1;
        }
        level.set(stage.name, wave);
        (waves[wave] ??= []).push(stage.name);
    }
    return waves.map((stages, wave) => ({ wave, stages }));
}
/** Splits `items` into at most `parts` contiguous, nearly equal, non-empty chunks. */
function chunk(items, parts) {
    const n = Math.max(1, Math.min(parts, items.length));
    const out = [];
    let start = 0;
    for (let i = 0; i < n; i++) {
        const size = Math.floor(items.length / n) + (i < items.length % n ? 1 : 0);
        out.push(items.slice(start, start + size));
        start += size;
    }
    return out.filter((c) => c.length > 0);
}
/** The waves as matrices for a workflow with a fixed number of wave jobs. */
function fanoutPlan(graph, stale, options = {}) {
    const maxWaves = options.maxWaves ?? DEFAULT_MAX_WAVES;
    const maxGroups = options.maxGroups ?? DEFAULT_MAX_GROUPS;
    if (!Number.isInteger(maxWaves) || maxWaves < 1)
        throw new Error(`Internal error: maxWaves must be a whole number >= 1, not ${maxWaves}`);
    if (!Number.isInteger(maxGroups) || maxGroups < 1)
        throw new Error(`Internal error: maxGroups must be a whole number >= 1, not ${maxGroups}`);
    const waves = planWaves(graph, stale);
    const overflow = waves.length > maxWaves;
    const force = new Set(options.force ?? []);
    const jobs = [];
    const groupOf = new Map();
    for (let k = 0; k < maxWaves; k++) {
        const wave = waves[k];
        if (!wave) {
            jobs.push({ include: [] });
            continue;
        }
        const last = k === maxWaves - 1;
        const groups = last && overflow
            ? // the rest of the pipeline in one job; the engine runs it in dependency order
                [waves.slice(k).flatMap((w) => w.stages)]
            : chunk(wave.stages, maxGroups);
        const include = groups.map((stages, i) => {
            const group = `g${k}-${i + 1}`;
            const reads = readsOf(graph, stages, groupOf);
            for (const stage of stages)
                groupOf.set(stage, group);
            return {
                wave: k,
                group,
                stages: stages.join(' '),
                force: stages.filter((s) => force.has(s)).join(' '),
                reads: reads.join(' '),
            };
        });
        jobs.push({ include });
    }
    const matrix = { include: jobs.flatMap((j) => j.include) };
    return { waves, matrix, jobs, overflow, groups: matrix.include.map((e) => e.group).join(' ') };
}
/** Groups (already placed) of every stage upstream of `stages`, transitively, in plan order. */
function readsOf(graph, stages, groupOf) {
    const found = new Set();
    const visited = new Set();
    const todo = [...stages];
    for (let name = todo.pop(); name !== undefined; name = todo.pop()) {
        for (const edge of graph.upstream.get(name) ?? []) {
            if (visited.has(edge.from))
                continue;
            visited.add(edge.from);
            const group = groupOf.get(edge.from);
            if (group)
                found.add(group);
            todo.push(edge.from);
        }
    }
    const order = [...groupOf.values()];
    return [...found].sort((a, b) => order.indexOf(a) - order.indexOf(b));
}

// EXTERNAL MODULE: ./src/session/stage-result.ts
var stage_result = __webpack_require__(6206);
// EXTERNAL MODULE: ./src/entry/cli/context.ts + 17 modules
var context = __webpack_require__(2434);
// EXTERNAL MODULE: ./src/entry/cli/reporter.ts
var reporter = __webpack_require__(6360);
// EXTERNAL MODULE: ./src/entry/cli/spec.ts
var spec = __webpack_require__(8462);
;// CONCATENATED MODULE: ./src/entry/cli/commands/plan.ts







/**
 * `reprokit plan`: the engine in plan mode (nothing runs, nothing is restored), then the stale
 * stages grouped into waves for parallel CI jobs (src/core/fanout.ts). `cached` and `fresh`
 * stages do not run: a later job restores what it reads from the cache.
 */
async function run(args, io) {
    const root = (0,context/* projectRoot */.YQ)(args, io);
    if (root === undefined)
        return context/* EXIT */.dc.usage;
    const actions = (0,spec/* flag */.Jt)(args, 'actions-cache');
    const salt = (0,spec/* text */.Qq)(args, 'cache-salt') ?? '';
    const actionsCache = actions
        ? ((await openPlanCache(root, io.env, salt, (m) => io.stderr.write(`reprokit: warning: ${m}\n`))) ?? 'none')
        : undefined;
    const noCache = (0,spec/* flag */.Jt)(args, 'no-cache');
    const session = await (0,context/* openForCli */.Ec)(args, io, {
        stages: [...args.operands, ...(0,spec/* list */.p_)(args, 'force')],
        emit: () => undefined,
        ...(noCache ? { cache: 'none' } : actionsCache ? { cache: actionsCache } : {}),
    });
    if (typeof session === 'number')
        return session;
    try {
        const report = await session.plan({
            targets: args.operands,
            force: (0,spec/* list */.p_)(args, 'force'),
            restore: [],
            // the action's salt is part of the keys in the Actions cache; the local cache has none
            salt: actions ? salt : '',
            signal: io.signal,
        });
        const document = planDocument(session.project, report, args);
        const out = (0,spec/* flag */.Jt)(args, 'json') ? JSON.stringify(document, null, 2) + '\n' : planText(document);
        const file = (0,spec/* text */.Qq)(args, 'output');
        if (file !== undefined)
            (0,external_node_fs_.writeFileSync)((0,external_node_path_.resolve)(io.cwd, file), out);
        else
            io.stdout.write(out);
        return context/* EXIT */.dc.ok;
    }
    finally {
        session.close();
    }
}
/** `plan --json`: stable, documented in docs/workflows.md and read by .github/workflows/pipeline.yml. */
function planDocument(project, report, args) {
    const stale = report.stages.filter((s) => s.status === 'stale').map((s) => s.name);
    const maxWaves = (0,spec/* count */.U9)(args, 'max-waves');
    const maxGroups = (0,spec/* count */.U9)(args, 'max-groups');
    const fanout = fanoutPlan(project.graph, stale, {
        ...(maxWaves !== undefined ? { maxWaves } : {}),
        ...(maxGroups !== undefined ? { maxGroups } : {}),
        force: (0,spec/* list */.p_)(args, 'force'),
    });
    return {
        stages: (0,stage_result/* stageResults */.L)(report, 'plan'),
        stale,
        waves: fanout.waves,
        matrix: fanout.matrix,
        jobs: fanout.jobs,
        overflow: fanout.overflow,
        groups: fanout.groups,
    };
}
function planText(doc) {
    if (doc.stale.length === 0)
        return 'Nothing is stale: no stage would run.\n';
    const rows = doc.jobs.flatMap((job, k) => job.include.map((e) => [`wave ${k}`, e.group, e.stages.split(' ').join(', ')]));
    const note = doc.overflow
        ? `\nThe pipeline is ${doc.waves.length} waves deep: the last wave job runs the rest in one group.\n`
        : '';
    return `${(0,reporter/* table */.tp)(['wave job', 'group', 'stages'], rows)}\n${doc.stale.length} stale stage${doc.stale.length === 1 ? '' : 's'} in ${doc.waves.length} wave${doc.waves.length === 1 ? '' : 's'}${note}\n`;
}
/**
 * The GitHub Actions cache, for `plan --actions-cache` inside a workflow run: the same entries,
 * key prefix and salt as the action, looked up only (plan mode restores nothing). The runner gives
 * the runtime token to JavaScript actions only, so the reusable workflow runs this command from
 * actions/github-script, whose environment the command inherits. Undefined (with a warning) when
 * the service is not there: then every stage without a local record plans as stale, which is
 * safe (the wave jobs find the cached ones and restore them instead of running them).
 */
async function openPlanCache(root, env, salt, warn) {
    const { openActionsCache } = await __webpack_require__.e(/* import() */ 427).then(__webpack_require__.bind(__webpack_require__, 2427));
    const opened = await openActionsCache({ root, env, salt, warn });
    if ('cache' in opened) {
        // One lookup: the newest index; the plan decides every stage from it without more requests.
        await opened.cache.load();
        return opened.cache;
    }
    warn(`the GitHub Actions cache is unavailable (${opened.unavailable}); planning without it`);
    return undefined;
}


/***/ })

};

//# sourceMappingURL=649.index.js.map