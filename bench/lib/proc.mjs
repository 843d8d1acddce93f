// Processes, timing and formatting shared by every workload (see bench/README.md, "Method").
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export function die(msg) {
  process.stderr.write(`bench: ${msg}\n`);
  process.exit(2);
}

export function log(msg) {
  process.stderr.write(`${msg}\n`);
}

export function which(cmd) {
  const r = spawnSync('bash', ['-c', `command -v ${cmd}`], { encoding: 'utf8' });
  return r.status === 0 ? r.stdout.trim() : null;
}

export function firstLine(argv) {
  const r = spawnSync(argv[0], argv.slice(1), { encoding: 'utf8' });
  if (r.error || r.status !== 0) return null;
  return (r.stdout || r.stderr).split('\n')[0].trim();
}

let logDir;
let logSeq = 0;

/** Where stderr of timed commands goes (emptied at start by run.mjs). */
export function setLogDir(dir) {
  logDir = dir;
}

/** A fresh file name in the log directory. */
export function logFile(suffix) {
  return path.join(logDir, `${String(++logSeq).padStart(5, '0')}${suffix}`);
}

function tail(file, maxLines = 15, maxChars = 1500) {
  let t = '';
  try {
    t = fs.readFileSync(file, 'utf8');
  } catch {
    return '';
  }
  const lines = t.trimEnd().split('\n').slice(-maxLines).join('\n');
  return lines.length > maxChars ? lines.slice(-maxChars) : lines;
}

let ticksPerSecond;

/**
 * CPU time (user + system, ms) of this process's waited-for children so far: fields cutime and
 * cstime of /proc/self/stat. spawnSync waits for its child, and the child for its own (a run's
 * commands), so the difference around one spawnSync is the whole command tree's CPU time, a
 * figure that load on a shared machine moves much less than wall time. null off Linux.
 */
export function childrenCpuMs() {
  let stat;
  try {
    stat = fs.readFileSync('/proc/self/stat', 'utf8');
  } catch {
    return null;
  }
  ticksPerSecond ??=
    Number(spawnSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).stdout?.trim()) || 100;
  // Fields after "pid (comm)": state is field 3, so cutime (16) and cstime (17) are [13], [14].
  const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return ((Number(f[13]) + Number(f[14])) * 1000) / ticksPerSecond;
}

/**
 * Run argv synchronously with stdout to /dev/null and stderr to a log file, timed with
 * hrtime around spawnSync. Returns {ms, cpuMs, code, signal, stderrTail?}; cpuMs is the user +
 * system time of the command and everything it started (null where /proc is missing).
 */
export function timed(argv, { cwd, env, stdout = 'ignore' } = {}) {
  const errFile = logFile('.stderr');
  const fd = fs.openSync(errFile, 'w');
  let outFd = 'ignore';
  let outFile;
  if (stdout === 'capture') {
    outFile = `${errFile.slice(0, -7)}.stdout`;
    outFd = fs.openSync(outFile, 'w');
  }
  const cpu0 = childrenCpuMs();
  const t0 = process.hrtime.bigint();
  const r = spawnSync(argv[0], argv.slice(1), {
    cwd,
    env: env ?? childEnv(),
    stdio: ['ignore', outFd, fd],
  });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  const cpu1 = childrenCpuMs();
  const cpuMs = cpu0 == null || cpu1 == null ? null : cpu1 - cpu0;
  fs.closeSync(fd);
  if (typeof outFd === 'number') fs.closeSync(outFd);
  const res = { ms, cpuMs, code: r.status, signal: r.signal };
  if (r.error) res.error = r.error.message;
  if (outFile) res.stdout = fs.readFileSync(outFile, 'utf8');
  if (r.error || r.status !== 0) res.stderrTail = tail(errFile) || r.error?.message || '';
  else fs.rmSync(errFile, { force: true });
  if (outFile) fs.rmSync(outFile, { force: true });
  return res;
}

export function childEnv() {
  const env = { ...process.env };
  delete env.REPROKIT_CACHE_DIR; // always the project's own .reprokit/
  delete env.MAKEFLAGS; // npm run / make parents must not leak flags into the peer
  delete env.MFLAGS;
  delete env.MAKELEVEL;
  return env;
}

export function median(xs) {
  if (xs.length === 0) return null;
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/** Smallest and largest sample, for the spread column. */
export function spread(xs) {
  if (!xs || xs.length === 0) return null;
  return { min: Math.min(...xs), max: Math.max(...xs) };
}

/**
 * Time several variants interleaved: for run r, each variant in turn (A B C A B C ...).
 * variant = {key, argv, cwd, before?(), check?(res) -> string|null (failure text), runs?, warmup?}
 * A variant that fails stops being sampled; its failure (with the stderr tail) is kept.
 */
export function measure(title, variants, runs) {
  const out = {};
  for (const v of variants)
    out[v.key] = {
      samples: [],
      cpuSamples: [],
      loads: [],
      median: null,
      cpuMedian: null,
      failure: null,
      cmd: v.argv.join(' '),
    };
  for (const v of variants) {
    if (!v.warmup) continue;
    v.before?.();
    const res = timed(v.argv, { cwd: v.cwd });
    const fail = v.check ? v.check(res) : res.code === 0 ? null : exitText(res);
    if (fail) {
      out[v.key].failure = fail;
      log(`  [${title}] ${v.key} failed in warm-up: ${oneLine(fail)}`);
    }
  }
  for (let r = 0; r < runs; r++) {
    const parts = [];
    for (const v of variants) {
      const o = out[v.key];
      if (o.failure || r >= (v.runs ?? runs)) continue;
      v.before?.();
      const res = timed(v.argv, { cwd: v.cwd });
      const fail = v.check ? v.check(res) : res.code === 0 ? null : exitText(res);
      if (fail) {
        o.failure = fail;
        parts.push(`${v.key} FAILED`);
        log(`  [${title}] ${v.key} failed: ${oneLine(fail)}`);
        continue;
      }
      o.samples.push(round(res.ms));
      if (res.cpuMs != null) o.cpuSamples.push(round(res.cpuMs));
      o.loads.push(round(os.loadavg()[0]));
      parts.push(
        `${v.key} ${fmtMs(res.ms)}${res.cpuMs != null ? ` (cpu ${fmtMs(res.cpuMs)})` : ''}`,
      );
    }
    if (parts.length) log(`  [${title}] run ${r + 1}/${runs}: ${parts.join(', ')}`);
  }
  for (const v of variants) {
    out[v.key].median = median(out[v.key].samples);
    out[v.key].cpuMedian = median(out[v.key].cpuSamples);
  }
  return out;
}

export function exitText(res) {
  const how = res.error
    ? `could not start: ${res.error}`
    : res.signal
      ? `killed by ${res.signal}`
      : `exit ${res.code}`;
  return `${how}${res.stderrTail ? `\n${res.stderrTail}` : ''}`;
}

export function oneLine(s) {
  const l = String(s).split('\n');
  return l.length > 1 ? `${l[0]} … ${l[l.length - 1]}` : l[0];
}

export const round = (x) => Math.round(x * 100) / 100;

export function fmtMs(ms) {
  if (ms == null) return '—';
  if (ms >= 1000) return `${(ms / 1000).toFixed(2)} s`;
  if (ms >= 100) return `${ms.toFixed(0)} ms`;
  return `${ms.toFixed(1)} ms`;
}

export function rel(p) {
  return path.relative(process.cwd(), p) || '.';
}

/** Sleeps without spinning (setup only: lets files age past the stat caches' "recent" window). */
export function sleepMs(ms) {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}
