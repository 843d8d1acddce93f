#!/usr/bin/env node
// reprokit benchmark harness. Plain Node ESM, no npm dependencies.
//
//   node bench/run.mjs [--only hash-large,hash-small,plan,run,memory,ci] [--runs 5] ...
//   node bench/run.mjs --help      (every option, including those the workloads declare)
//
// Every measurement is a median over runs, with reprokit and its peers interleaved inside each
// run (A B A B ...) so that noise on this shared machine hits both; the report is the ratio
// reprokit / peer. Each workload is a module in bench/workloads/ (listed in
// bench/workloads/index.mjs); this file only parses options, runs them and writes the report.
// See bench/README.md.

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Bench, PENDING } from './lib/bench.mjs';
import { parseArgs } from './lib/options.mjs';
import { log, rel, round, setLogDir } from './lib/proc.mjs';
import { markdown } from './lib/report.mjs';
import { cliStamp } from './lib/reprokit.mjs';
import { WORKLOADS } from './workloads/index.mjs';

const BENCH = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.resolve(BENCH, '..');

/** Imports every registered workload module and checks its shape. */
async function loadWorkloads() {
  const out = [];
  for (const name of WORKLOADS) {
    const mod = (await import(`./workloads/${name}.mjs`)).default;
    if (!mod || mod.name !== name || typeof mod.run !== 'function')
      throw new Error(`bench/workloads/${name}.mjs must export default {name: '${name}', run}`);
    out.push(mod);
  }
  return out;
}

async function main() {
  const workloads = await loadWorkloads();
  const o = parseArgs(process.argv.slice(2), { bench: BENCH, workloads });
  if (o.clean) {
    log(`removing ${rel(o.workDir)}`);
    fs.rmSync(o.workDir, { recursive: true, force: true });
  }
  fs.mkdirSync(o.workDir, { recursive: true });
  const logDir = path.join(o.workDir, 'logs');
  fs.rmSync(logDir, { recursive: true, force: true });
  fs.mkdirSync(logDir, { recursive: true });
  setLogDir(logDir);
  const b = new Bench(o, { root: ROOT, benchDir: BENCH });
  b.detectTools();
  const machine = b.machine();
  const started = new Date();
  const t0 = process.hrtime.bigint();
  log(
    `reprokit bench: ${o.only.join(', ')} · runs ${o.runs} · ${machine.cpus} CPUs · load ${machine.loadAverage.join(' ')} · Node ${machine.node} · reprokit: ${b.rk.available ? b.rk.argv.join(' ') : PENDING}`,
  );
  for (const w of workloads) {
    if (!o.only.includes(w.name)) continue;
    try {
      await w.run(b);
    } catch (e) {
      b.note(`${w.name}: harness error: ${e.stack ?? e}`);
    }
  }
  machine.loadAverageAtEnd = os.loadavg().map((x) => round(x));
  if (b.rk.file && b.rk.stamp !== cliStamp(b.rk.file)) {
    b.note(
      `${rel(b.rk.file)} changed or vanished during the bench (rebuilt concurrently?): the reprokit figures may mix builds; run again`,
    );
  }
  const elapsedS = Number(process.hrtime.bigint() - t0) / 1e9;
  const md = markdown(b, machine, started, elapsedS);
  fs.mkdirSync(path.dirname(o.out), { recursive: true });
  fs.writeFileSync(`${o.out}.md`, md);
  const json = {
    startedAt: started.toISOString(),
    elapsedSeconds: round(elapsedS),
    machine,
    options: { ...o, out: rel(o.out), workDir: rel(o.workDir) },
    rows: b.rows,
    results: b.results,
    notes: b.notes,
  };
  fs.writeFileSync(`${o.out}.json`, `${JSON.stringify(json, null, 2)}\n`);
  log(`\nwrote ${rel(o.out)}.md and ${rel(o.out)}.json\n`);
  process.stdout.write(`${md}\n`);
}

main().catch((e) => {
  process.stderr.write(`bench: ${e.stack ?? e}\n`);
  process.exit(1);
});
