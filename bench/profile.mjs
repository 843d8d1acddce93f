#!/usr/bin/env node
// CPU profiles of the two workloads issue 17 asks about, as a method anyone can re-run (the
// profiles themselves are not checked in): `node --cpu-prof` on the bundled CLI for
//   1. the full run of the --run-stages DAG (bench workload "run"; out/ and .reprokit/ emptied);
//   2. the status of --small-files untracked 1 KiB files with no stat cache ("hash-small");
//   3. the same files committed to git, unmodified, no stat cache ("hash-committed"; run once
//      untimed first, so that the blob digests are known, as in the bench).
// Writes *.cpuprofile files (open them in Chrome DevTools > Performance, or speedscope) and
// prints each profile's top functions by self time, grouped by source file of the bundle.
//
//   npm run bundle && node bench/profile.mjs [--only run,hash-small,hash-committed] [--run-stages 1000]
//        [--small-files 100000] [--jobs 2] [--top 25] [--work-dir bench/.work]
//        [--out-dir bench/.work/profiles]
import fs from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { childEnv, die, log } from './lib/proc.mjs';
import { generateSmall } from './workloads/hash-small.mjs';
import { cleanRun, runDir } from './workloads/run.mjs';

const BENCH = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.resolve(BENCH, '..');

function parse(argv) {
  const o = {
    only: ['run', 'hash-small', 'hash-committed'],
    runStages: 1000,
    smallFiles: 100000,
    width: 10,
    jobs: 2,
    top: 25,
    workDir: path.join(BENCH, '.work'),
    outDir: null,
  };
  const ints = {
    '--run-stages': 'runStages',
    '--small-files': 'smallFiles',
    '--jobs': 'jobs',
    '--top': 'top',
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const v = argv[i + 1];
    if (a === '--help' || a === '-h') {
      console.log(
        fs
          .readFileSync(fileURLToPath(import.meta.url), 'utf8')
          .split('\n')
          .slice(1, 11)
          .join('\n'),
      );
      process.exit(0);
    } else if (ints[a]) {
      if (!/^[1-9]\d*$/.test(v ?? '')) die(`${a} expects a positive integer`);
      o[ints[a]] = Number(v);
      i++;
    } else if (a === '--only') {
      o.only = (v ?? '').split(',').filter(Boolean);
      i++;
    } else if (a === '--work-dir' || a === '--out-dir') {
      if (!v) die(`${a} expects a directory`);
      o[a === '--work-dir' ? 'workDir' : 'outDir'] = path.resolve(v);
      i++;
    } else die(`unknown option ${a} (see --help)`);
  }
  for (const w of o.only)
    if (!['run', 'hash-small', 'hash-committed'].includes(w)) die(`unknown profile "${w}"`);
  o.outDir ??= path.join(o.workDir, 'profiles');
  return o;
}

/** Self time per function (and per bundle source file) from a .cpuprofile. */
function summarize(file, top) {
  const prof = JSON.parse(fs.readFileSync(file, 'utf8'));
  const self = new Map();
  const byId = new Map(prof.nodes.map((n) => [n.id, n]));
  const dt = prof.timeDeltas;
  let total = 0;
  for (let i = 0; i < prof.samples.length; i++) {
    const n = byId.get(prof.samples[i]);
    const us = dt[i] ?? 0;
    total += us;
    const f = n.callFrame;
    const where = f.url ? `${path.basename(f.url)}:${f.lineNumber + 1}` : '(native)';
    const key = `${f.functionName || '(anonymous)'} ${where}`;
    self.set(key, (self.get(key) ?? 0) + us);
  }
  const rows = [...self.entries()].sort((a, b) => b[1] - a[1]).slice(0, top);
  const lines = [`${path.basename(file)}: ${(total / 1000).toFixed(0)} ms sampled`];
  for (const [k, us] of rows)
    lines.push(
      `  ${(us / 1000).toFixed(1).padStart(8)} ms  ${((100 * us) / total).toFixed(1).padStart(5)}%  ${k}`,
    );
  return lines.join('\n');
}

function profiled(name, args, cwd, o, { warmup = false, before = () => {} } = {}) {
  const dir = path.join(o.outDir, name);
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  const cli = path.join(ROOT, 'dist', 'cli', 'index.js');
  if (!fs.existsSync(cli)) die('dist/cli/index.js not found: run `npm run bundle` first');
  // An untimed run first where the workload needs one (it learns what the profiled run uses).
  if (warmup)
    spawnSync(process.execPath, [cli, ...args], { cwd, env: childEnv(), stdio: 'ignore' });
  before();
  const argv = ['--cpu-prof', '--cpu-prof-dir', dir, cli, ...args];
  log(`[profile ${name}] node ${argv.join(' ')}`);
  const t0 = process.hrtime.bigint();
  // The CLI's progress lines go to a file: printing them is not what we profile.
  const err = fs.openSync(path.join(dir, 'stderr.txt'), 'w');
  const r = spawnSync(process.execPath, argv, {
    cwd,
    env: childEnv(),
    stdio: ['ignore', 'ignore', err],
  });
  fs.closeSync(err);
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  if (r.status !== 0) die(`profiled command failed (exit ${r.status}); see ${dir}/stderr.txt`);
  log(
    `[profile ${name}] ${ms.toFixed(0)} ms wall; profiles in ${path.relative(process.cwd(), dir)}`,
  );
  for (const f of fs
    .readdirSync(dir)
    .filter((x) => x.endsWith('.cpuprofile'))
    .sort())
    process.stdout.write(`${summarize(path.join(dir, f), o.top)}\n\n`);
}

const o = parse(process.argv.slice(2));
if (o.only.includes('run')) {
  const dir = runDir(o);
  cleanRun(dir, { alsoCache: true });
  profiled('run', ['run', '--jobs', String(o.jobs), '-C', dir], dir, o);
}
if (o.only.includes('hash-small')) {
  const dir = generateSmall(o, false);
  fs.rmSync(path.join(dir, '.reprokit'), { recursive: true, force: true });
  profiled('hash-small', ['status', '-C', dir, '--json'], dir, o);
}
if (o.only.includes('hash-committed')) {
  const dir = generateSmall(o, true);
  const args = ['status', '-C', dir, '--json'];
  profiled('hash-committed', args, dir, o, {
    warmup: true,
    before: () => fs.rmSync(path.join(dir, '.reprokit'), { recursive: true, force: true }),
  });
}
