// Workload 4: a full run of the --run-stages DAG: reprokit run vs make -j -r; per-stage overhead.
import fs from 'node:fs';
import path from 'node:path';
import { PENDING } from '../lib/bench.mjs';
import { genDag } from '../lib/dag.mjs';
import { log, rel } from '../lib/proc.mjs';

/** The DAG directory of the run workload; exported for bench/profile.mjs. */
export function runDir(o) {
  const dir = path.join(o.workDir, `run-${o.runStages}`);
  genDag(o, dir, o.runStages);
  return dir;
}

/** Empties out/ (and .reprokit/ when alsoCache) so that every stage runs. */
export function cleanRun(dir, { alsoCache }) {
  fs.rmSync(path.join(dir, 'out'), { recursive: true, force: true });
  fs.mkdirSync(path.join(dir, 'out'));
  if (alsoCache) fs.rmSync(path.join(dir, '.reprokit'), { recursive: true, force: true });
}

async function run(b) {
  const o = b.o;
  const n = o.runStages;
  log(`\n== run: full run of ${n} stages with ${o.jobs} jobs`);
  const dir = runDir(o);
  const variants = [];
  if (b.rk.available)
    variants.push({
      key: 'reprokit',
      argv: b.reprokit('run', '--jobs', String(o.jobs), '-C', dir),
      cwd: dir,
      before: () => cleanRun(dir, { alsoCache: true }),
    });
  variants.push(
    ...b.baselineVariants(dir, ['run', '--jobs', String(o.jobs), '-C', dir], {
      before: () => cleanRun(dir, { alsoCache: true }),
      warmup: false,
    }),
  );
  if (b.tools.make)
    variants.push({
      key: 'make',
      argv: ['make', `-j${o.jobs}`, '-r', '-C', dir],
      cwd: dir,
      before: () => cleanRun(dir, { alsoCache: false }),
    });
  const m = b.measure(`run ${n}`, variants);
  const ok = (k) => m[k] && !m[k].failure && m[k].median != null;
  const overhead = ok('reprokit') && ok('make') ? (m.reprokit.median - m.make.median) / n : null;
  // Per-run overheads (run i of reprokit minus run i of make, back to back): their range is the
  // spread that load on the shared machine put on the figure.
  const paired = [];
  if (ok('reprokit') && ok('make'))
    for (let i = 0; i < Math.min(m.reprokit.samples.length, m.make.samples.length); i++)
      paired.push((m.reprokit.samples[i] - m.make.samples[i]) / n);
  // CPU time (user + system of the whole command tree) per stage: less sensitive to load from
  // other tenants than wall time, which also waits for CPU.
  const cpuPerStage = (k) => (m[k]?.cpuMedian != null && ok(k) ? m[k].cpuMedian / n : null);
  const cpu = {
    reprokit: cpuPerStage('reprokit'),
    baseline: cpuPerStage('baseline'),
    make: cpuPerStage('make'),
  };
  b.results.run = {
    stages: n,
    jobs: o.jobs,
    dir: rel(dir),
    measurements: m,
    perStageOverheadMs: overhead,
    pairedOverheadMs: paired,
    cpuPerStageMs: cpu,
  };
  const rk = b.rk.available ? m.reprokit : PENDING;
  b.row(
    `run ${n} stages, ${o.jobs} jobs`,
    rk,
    `make -j${o.jobs} -r`,
    m.make ?? 'skipped: not installed',
    {
      text: 'info',
    },
  );
  b.baselineRows(`run ${n} stages, ${o.jobs} jobs`, m, `make -j${o.jobs} -r`, 'make', {
    text: 'info',
  });
  if (b.baseline && ok('baseline') && ok('make'))
    b.note(
      `run: per-stage overhead of the baseline build: ${((m.baseline.median - m.make.median) / n).toFixed(2)} ms/stage`,
    );
  const ms = (x) => `${x >= 0 ? '+' : ''}${x.toFixed(2)}`;
  const range = paired.length ? ` (${ms(Math.min(...paired))} … ${ms(Math.max(...paired))})` : '';
  b.rows.push({
    workload: `run: per-stage overhead vs make`,
    kind: 'overhead',
    reprokitText: b.rk.available
      ? overhead == null
        ? 'failed'
        : `${ms(overhead)} ms/stage${range}`
      : PENDING,
    peer: `make -j${o.jobs} -r`,
    peerText: ok('make') ? `${(m.make.median / n).toFixed(2)} ms/stage` : '—',
    ratioText: '—',
    target: { text: '≤ make + 5 ms/stage' },
    meets: overhead == null ? null : overhead <= 5,
  });
  const cpuText = (x) => (x == null ? '—' : `${x.toFixed(2)} ms/stage`);
  const cpuRow = (label, x) =>
    b.rows.push({
      workload: label,
      kind: 'cpu',
      reprokitText: b.rk.available ? cpuText(x) : PENDING,
      peer: `make -j${o.jobs} -r`,
      peerText: cpuText(cpu.make),
      ratioText: x != null && cpu.make ? `${(x / cpu.make).toFixed(2)}×` : '—',
      target: { text: 'info' },
      meets: null,
    });
  cpuRow('run: CPU time (user + sys) per stage', cpu.reprokit);
  if (b.baseline) cpuRow('run: CPU time (user + sys) per stage [baseline]', cpu.baseline);
}

export default {
  name: 'run',
  summary: 'full run of a layered DAG: reprokit run --jobs vs make -j -r (per-stage overhead)',
  options: [
    {
      flag: '--run-stages',
      key: 'runStages',
      kind: 'int',
      default: 1000,
      help: 'DAG size for run',
    },
  ],
  run,
};
