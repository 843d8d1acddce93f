// Workload 5: peak RSS of the no-op check on the largest plan DAG (5,000 stages by default).
import path from 'node:path';
import { setupPlan } from '../lib/dag.mjs';
import { log, median } from '../lib/proc.mjs';
import { oneLine } from '../lib/proc.mjs';
import { PENDING } from '../lib/bench.mjs';

const TARGET_MB = 100;

async function run(b) {
  const o = b.o;
  const n = o.stages.includes(5000) ? 5000 : Math.max(...o.stages);
  log(`\n== memory: peak RSS of reprokit status on ${n} stages`);
  const workload = `memory: peak RSS, status of ${n} stages`;
  const target = { text: `≤ ${TARGET_MB} MB` };
  if (!b.rk.available) {
    b.rows.push({
      workload,
      kind: 'memory',
      reprokitText: PENDING,
      peer: '—',
      peerText: '—',
      ratioText: '—',
      target,
      meets: null,
    });
    b.results.memory = { stages: n, pending: true };
    return;
  }
  // The plan workload set this DAG up already when it ran in this invocation.
  const { dir, errors } =
    b.results.plan?.[n] != null
      ? { dir: path.join(o.workDir, `plan-${n}`), errors: {} }
      : setupPlan(b, n, { snakemake: false });
  const argv = b.reprokit('status', '-C', dir, '--json');
  const samples = [];
  const makeSamples = [];
  let failure = errors.reprokit ?? null;
  const method = b.timeBin ? '/usr/bin/time -f %M' : '/proc/PID/status VmHWM polling';
  for (let r = 0; r < o.runs && !failure; r++) {
    const kb = await b.peakRss(argv, dir);
    if (kb.failure) {
      failure = kb.failure;
      break;
    }
    samples.push(kb.kb);
    if (b.tools.make && b.timeBin) {
      const mk = await b.peakRss(['make', '-q', '-r', '-C', dir], dir);
      if (!mk.failure) makeSamples.push(mk.kb);
    }
    log(`  [memory] run ${r + 1}/${o.runs}: reprokit ${(kb.kb / 1024).toFixed(1)} MiB`);
  }
  const med = median(samples);
  const mb = med == null ? null : (med * 1024) / 1e6;
  const makeMed = median(makeSamples);
  b.results.memory = {
    stages: n,
    method,
    samplesKiB: samples,
    makeSamplesKiB: makeSamples,
    peakMB: mb,
    failure,
  };
  if (failure) b.failure('memory', failure);
  b.rows.push({
    workload,
    kind: 'memory',
    reprokitText: failure ? `FAILED: ${oneLine(failure)}` : `${mb.toFixed(1)} MB`,
    failure,
    peer: 'make -q -r',
    peerText: makeMed == null ? '—' : `${((makeMed * 1024) / 1e6).toFixed(1)} MB`,
    ratioText: '—',
    target,
    meets: mb == null ? null : mb <= TARGET_MB,
  });
}

export default {
  name: 'memory',
  summary: 'peak RSS of reprokit status on the largest plan DAG',
  run,
};
