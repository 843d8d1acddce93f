// Workload 3: no-op check of DAGs of --stages sizes: reprokit status vs make -q -r, snakemake -n.
import { PENDING } from '../lib/bench.mjs';
import { setupPlan } from '../lib/dag.mjs';
import { exitText, log } from '../lib/proc.mjs';

const SNAKEMAKE_MAX_RUN_S = 60;

function measureSize(b, n, prevSnake) {
  const o = b.o;
  const { dir, errors } = setupPlan(b, n, { snakemake: true });
  const variants = [];
  if (b.rk.available && !errors.reprokit)
    variants.push(b.rkVariant('reprokit', dir, ['status', '-C', dir, '--json']));
  if (b.rk.available && !errors.reprokit)
    variants.push(...b.baselineVariants(dir, ['status', '-C', dir, '--json']));
  if (b.tools.make && !errors.make)
    variants.push({
      key: 'make',
      argv: ['make', '-q', '-r', '-C', dir],
      cwd: dir,
      warmup: true,
      check: (r) =>
        r.code === 0
          ? null
          : r.code === 1
            ? 'setup error: make -q -r says the DAG is not up to date (exit 1)'
            : exitText(r),
    });
  let snakeSkip = null;
  if (!b.tools.snakemake) snakeSkip = 'skipped: not installed';
  else if (errors.snakemake) snakeSkip = null;
  else if (prevSnake && (prevSnake.ms * n) / prevSnake.n > SNAKEMAKE_MAX_RUN_S * 1000)
    snakeSkip = `skipped: estimated ${((prevSnake.ms * n) / prevSnake.n / 1000).toFixed(0)} s per run (> ${SNAKEMAKE_MAX_RUN_S} s)`;
  if (b.tools.snakemake && !errors.snakemake && !snakeSkip)
    variants.push({
      key: 'snakemake',
      argv: ['snakemake', '-n', '-c1', '-s', 'Snakefile', '-d', dir],
      cwd: dir,
      runs: Math.min(o.snakemakeRuns, o.runs),
    });
  const m = b.measure(`plan ${n}`, variants);
  for (const [k, e] of Object.entries(errors)) m[k] = { samples: [], median: null, failure: e };
  return { dir, m, snakeSkip };
}

function growthRow(b, res) {
  const ns = b.o.stages;
  const lo = Math.min(...ns);
  const hi = Math.max(...ns);
  const g = (k) => {
    const a = res[lo]?.measurements[k];
    const c = res[hi]?.measurements[k];
    return a?.median && c?.median && !a.failure && !c.failure ? c.median / a.median : null;
  };
  const growth = {
    reprokit: g('reprokit'),
    make: g('make'),
    snakemake: g('snakemake'),
    stagesRatio: hi / lo,
  };
  b.results.planGrowth = { from: lo, to: hi, ...growth };
  const x = (v) => (v == null ? '—' : `${v.toFixed(2)}×`);
  b.rows.push({
    workload: `plan growth ${lo} → ${hi} stages`,
    kind: 'growth',
    reprokitText: b.rk.available
      ? growth.reprokit
        ? `${growth.reprokit.toFixed(2)}×`
        : 'failed'
      : PENDING,
    peer: 'make -q -r',
    peerText: growth.make ? `${growth.make.toFixed(2)}×` : '—',
    ratioText: '—',
    target: { text: `linear: ≤ ${hi / lo}×` },
    meets: growth.reprokit == null ? null : growth.reprokit <= hi / lo,
  });
  b.note(
    `plan growth ${lo} → ${hi} stages (${hi / lo}× the stages): reprokit ${b.rk.available ? x(growth.reprokit) : PENDING}, make ${x(growth.make)}, snakemake ${x(growth.snakemake)}`,
  );
}

async function run(b) {
  const o = b.o;
  const res = {};
  let prevSnake = null; // {n, ms} of the last snakemake -n, to extrapolate
  for (const n of o.stages) {
    log(`\n== plan: no-op check of ${n} stages`);
    b.snakeEstimate = null;
    const { dir, m, snakeSkip } = measureSize(b, n, prevSnake);
    if (b.snakeEstimate?.n === n) prevSnake = b.snakeEstimate;
    if (m.snakemake?.median) prevSnake = { n, ms: m.snakemake.median };
    res[n] = { dir, measurements: m, snakemake: snakeSkip };
    const big = n === Math.max(...o.stages);
    const rk = b.rk.available ? m.reprokit : PENDING;
    const at = big ? '' : ' (target at 5000)';
    b.row(`plan ${n} stages (no-op)`, rk, 'make -q -r', m.make ?? 'skipped: not installed', {
      ratio: big ? 3 : undefined,
      text: big ? '≤ 3×' : `info${at}`,
    });
    b.baselineRows(`plan ${n} stages (no-op)`, m, 'make -q -r', 'make', {
      ratio: big ? 3 : undefined,
      text: big ? '≤ 3×' : `info${at}`,
    });
    b.row(`plan ${n} stages (no-op)`, rk, 'snakemake -n', m.snakemake ?? snakeSkip, {
      ratio: big ? 0.02 : undefined,
      text: big ? '≤ 0.02×' : `info${at}`,
    });
  }
  b.results.plan = res;
  if (o.stages.length >= 2) growthRow(b, res);
}

export default {
  name: 'plan',
  summary: 'no-op check of layered DAGs: reprokit status vs make -q -r and snakemake -n',
  options: [
    {
      flag: '--stages',
      key: 'stages',
      kind: 'ints',
      default: [100, 1000, 5000],
      help: 'DAG sizes for plan (memory uses the largest)',
    },
    {
      flag: '--snakemake-runs',
      key: 'snakemakeRuns',
      kind: 'int',
      default: 2,
      help: 'timed runs of snakemake -n (it is slow)',
    },
  ],
  run,
};
