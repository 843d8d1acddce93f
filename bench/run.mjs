#!/usr/bin/env node
// reprokit benchmark harness (issue 7). Plain Node ESM, no npm dependencies.
//
//   node bench/run.mjs [--only hash-large,hash-small,plan,run,memory,ci] [--runs 5]
//                      [--large-mib 1024] [--small-files 100000] [--stages 100,1000,5000]
//                      [--run-stages 1000] [--jobs 2] [--out bench/results/latest]
//                      [--reprokit "node dist/cli/index.js"] [--clean]
//
// Every measurement is a median over runs, with reprokit and its peers interleaved inside each
// run (A B A B ...) so that noise on this shared machine hits both; the report is the ratio
// reprokit / peer. See bench/README.md for what each workload measures and why.

import { spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { clearInterval, setInterval } from 'node:timers';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const BENCH = path.join(ROOT, 'bench');
const MiB = 1024 * 1024;
const ALL = ['hash-large', 'hash-small', 'plan', 'run', 'memory', 'ci'];
const DEFAULT_ONLY = ALL.filter((w) => w !== 'ci');
const GEN_VERSION = 1; // bump when the generated workloads change shape
const SNAKEMAKE_MAX_RUN_S = 60;
const PENDING = 'pending: CLI not built yet';

// ---------------------------------------------------------------- options

const USAGE = `usage: node bench/run.mjs [options]
  --only LIST          workloads, comma-separated: ${ALL.join(',')} (default: all but ci)
  --runs N             timed runs per measurement, medians reported (default 5)
  --snakemake-runs N   timed runs of snakemake -n (it is slow; default 2)
  --large-mib N        size of the large file for hash-large (default 1024)
  --small-files N      number of 1 KiB files for hash-small, in 100 directories (default 100000)
  --stages LIST        DAG sizes for plan (default 100,1000,5000)
  --run-stages N       DAG size for run (default 1000)
  --width N            stages per layer of the generated DAGs (default 10)
  --jobs N             parallel jobs for reprokit run / make -j / xargs -P (default 2)
  --out PREFIX         writes PREFIX.md and PREFIX.json (default bench/results/latest)
  --reprokit CMD       command that runs reprokit (default: node <repo>/dist/cli/index.js)
  --work-dir DIR       where workloads are generated (default bench/.work)
  --clean              delete the generated workloads first
  --no-snapshot        run dist/cli in place instead of a copy taken at start
  --help`;

function parseArgs(argv) {
  const o = {
    only: DEFAULT_ONLY,
    runs: 5,
    snakemakeRuns: 2,
    largeMib: 1024,
    smallFiles: 100000,
    stages: [100, 1000, 5000],
    runStages: 1000,
    width: 10,
    jobs: 2,
    out: path.join(BENCH, 'results', 'latest'),
    reprokit: null,
    workDir: path.join(BENCH, '.work'),
    clean: false,
    snapshot: true,
  };
  const int = (name, v) => {
    const n = Number(v);
    if (!Number.isInteger(n) || n < 1) die(`${name} expects a positive integer, got "${v}"`);
    return n;
  };
  for (let i = 0; i < argv.length; i++) {
    let a = argv[i];
    let v;
    const eq = a.indexOf('=');
    if (a.startsWith('--') && eq > 0) {
      v = a.slice(eq + 1);
      a = a.slice(0, eq);
    }
    const val = () => {
      if (v !== undefined) return v;
      if (i + 1 >= argv.length) die(`${a} expects a value`);
      return argv[++i];
    };
    switch (a) {
      case '--only': {
        const list = val()
          .split(',')
          .map((s) => s.trim())
          .filter(Boolean);
        for (const w of list)
          if (!ALL.includes(w)) die(`unknown workload "${w}" (${ALL.join(', ')})`);
        o.only = list;
        break;
      }
      case '--runs':
        o.runs = int(a, val());
        break;
      case '--snakemake-runs':
        o.snakemakeRuns = int(a, val());
        break;
      case '--large-mib':
        o.largeMib = int(a, val());
        break;
      case '--small-files':
        o.smallFiles = int(a, val());
        break;
      case '--stages':
        o.stages = val()
          .split(',')
          .filter(Boolean)
          .map((s) => int(a, s));
        break;
      case '--run-stages':
        o.runStages = int(a, val());
        break;
      case '--width':
        o.width = int(a, val());
        if (o.width < 2) die('--width must be at least 2 (each stage reads two outputs)');
        break;
      case '--jobs':
        o.jobs = int(a, val());
        break;
      case '--out':
        o.out = path.resolve(val().replace(/\.(md|json)$/, ''));
        break;
      case '--reprokit':
        o.reprokit = val();
        break;
      case '--work-dir':
        o.workDir = path.resolve(val());
        break;
      case '--clean':
        o.clean = true;
        break;
      case '--no-snapshot':
        o.snapshot = false;
        break;
      case '--help':
      case '-h':
        console.log(USAGE);
        process.exit(0);
        break;
      default:
        die(`unknown option ${a}\n${USAGE}`);
    }
  }
  return o;
}

function die(msg) {
  process.stderr.write(`bench: ${msg}\n`);
  process.exit(2);
}

function log(msg) {
  process.stderr.write(`${msg}\n`);
}

/** Split a command line into words (double and single quotes, no expansions). */
function splitCommand(s) {
  const words = [];
  const re = /"([^"]*)"|'([^']*)'|(\S+)/g;
  let m;
  while ((m = re.exec(s))) words.push(m[1] ?? m[2] ?? m[3]);
  return words;
}

/** Size and mtime of the CLI bundle, to notice a rebuild during the bench. */
function cliStamp(file) {
  try {
    const st = fs.statSync(file);
    return `${st.size}:${st.mtimeMs}`;
  } catch {
    return null;
  }
}

/** The reprokit command as argv, with relative paths made absolute (we run it with cwd = project). */
function resolveReprokit(o) {
  if (!o.reprokit) {
    const cli = path.join(ROOT, 'dist', 'cli', 'index.js');
    const stamp = cliStamp(cli);
    const builtAt = stamp && new Date(Number(stamp.split(':')[1])).toISOString();
    if (stamp && o.snapshot) {
      // dist/ may be rebuilt while the bench runs (ncc empties the directory first): run a copy
      // of the self-contained bundle, taken now, so that every figure comes from one build.
      const snap = path.join(o.workDir, 'cli-snapshot');
      for (let attempt = 0; attempt < 5; attempt++) {
        fs.rmSync(snap, { recursive: true, force: true });
        try {
          fs.cpSync(path.dirname(cli), snap, { recursive: true });
        } catch {
          continue;
        }
        if (cliStamp(cli) === stamp && fs.existsSync(path.join(snap, 'index.js'))) {
          return {
            argv: [process.execPath, path.join(snap, 'index.js')],
            available: true,
            shown: `node dist/cli/index.js (a copy of the build of ${builtAt}, taken at start)`,
            builtAt,
          };
        }
      }
    }
    return {
      argv: [process.execPath, cli],
      available: stamp != null,
      shown: 'node dist/cli/index.js',
      file: cli,
      stamp,
      builtAt,
    };
  }
  const words = splitCommand(o.reprokit).map((w, i) => {
    if (w.startsWith('-')) return w;
    const abs = path.resolve(w);
    return (i > 0 || w.includes('/')) && fs.existsSync(abs) ? abs : w;
  });
  if (words.length === 0) die('--reprokit is empty');
  return { argv: words, available: true, shown: o.reprokit };
}

// ---------------------------------------------------------------- processes and timing

function which(cmd) {
  const r = spawnSync('bash', ['-c', `command -v ${cmd}`], { encoding: 'utf8' });
  return r.status === 0 ? r.stdout.trim() : null;
}

function firstLine(argv) {
  const r = spawnSync(argv[0], argv.slice(1), { encoding: 'utf8' });
  if (r.error || r.status !== 0) return null;
  return (r.stdout || r.stderr).split('\n')[0].trim();
}

let LOG_DIR;
let logSeq = 0;

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

/**
 * Run argv synchronously with stdout to /dev/null and stderr to a log file, timed with
 * hrtime around spawnSync. Returns {ms, code, signal, stderrTail?}.
 */
function timed(argv, { cwd, env, stdout = 'ignore' } = {}) {
  const errFile = path.join(LOG_DIR, `${String(++logSeq).padStart(5, '0')}.stderr`);
  const fd = fs.openSync(errFile, 'w');
  let outFd = 'ignore';
  let outFile;
  if (stdout === 'capture') {
    outFile = `${errFile.slice(0, -7)}.stdout`;
    outFd = fs.openSync(outFile, 'w');
  }
  const t0 = process.hrtime.bigint();
  const r = spawnSync(argv[0], argv.slice(1), {
    cwd,
    env: env ?? childEnv(),
    stdio: ['ignore', outFd, fd],
  });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  fs.closeSync(fd);
  if (typeof outFd === 'number') fs.closeSync(outFd);
  const res = { ms, code: r.status, signal: r.signal };
  if (r.error) res.error = r.error.message;
  if (outFile) res.stdout = fs.readFileSync(outFile, 'utf8');
  if (r.error || r.status !== 0) res.stderrTail = tail(errFile) || r.error?.message || '';
  else fs.rmSync(errFile, { force: true });
  if (outFile) fs.rmSync(outFile, { force: true });
  return res;
}

function childEnv() {
  const env = { ...process.env };
  delete env.REPROKIT_CACHE_DIR; // always the project's own .reprokit/
  delete env.MAKEFLAGS; // npm run / make parents must not leak flags into the peer
  delete env.MFLAGS;
  delete env.MAKELEVEL;
  return env;
}

function median(xs) {
  if (xs.length === 0) return null;
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/**
 * Time several variants interleaved: for run r, each variant in turn (A B C A B C ...).
 * variant = {key, argv, cwd, before?(), check?(res) -> string|null (failure text), runs?, warmup?}
 * A variant that fails stops being sampled; its failure (with the stderr tail) is kept.
 */
function measure(title, variants, runs) {
  const out = {};
  for (const v of variants)
    out[v.key] = { samples: [], median: null, failure: null, cmd: v.argv.join(' ') };
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
      parts.push(`${v.key} ${fmtMs(res.ms)}`);
    }
    if (parts.length) log(`  [${title}] run ${r + 1}/${runs}: ${parts.join(', ')}`);
  }
  for (const v of variants) out[v.key].median = median(out[v.key].samples);
  return out;
}

function exitText(res) {
  const how = res.error
    ? `could not start: ${res.error}`
    : res.signal
      ? `killed by ${res.signal}`
      : `exit ${res.code}`;
  return `${how}${res.stderrTail ? `\n${res.stderrTail}` : ''}`;
}

function oneLine(s) {
  const l = String(s).split('\n');
  return l.length > 1 ? `${l[0]} … ${l[l.length - 1]}` : l[0];
}

const round = (x) => Math.round(x * 100) / 100;

function fmtMs(ms) {
  if (ms == null) return '—';
  if (ms >= 1000) return `${(ms / 1000).toFixed(2)} s`;
  if (ms >= 100) return `${ms.toFixed(0)} ms`;
  return `${ms.toFixed(1)} ms`;
}

// ---------------------------------------------------------------- workload generation

function readMeta(dir) {
  try {
    return JSON.parse(fs.readFileSync(path.join(dir, '.bench-meta.json'), 'utf8'));
  } catch {
    return null;
  }
}

function writeMeta(dir, meta) {
  fs.writeFileSync(path.join(dir, '.bench-meta.json'), `${JSON.stringify(meta, null, 2)}\n`);
}

function sameMeta(dir, want) {
  const have = readMeta(dir);
  if (!have) return false;
  return Object.keys(want).every((k) => JSON.stringify(have[k]) === JSON.stringify(want[k]));
}

function freshDir(dir) {
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
}

/** One file of `mib` MiB: a random 1 MiB buffer repeated, with a counter mixed into every 4 KiB. */
function writeLargeFile(file, mib) {
  const block = randomBytes(MiB);
  const fd = fs.openSync(file, 'w');
  try {
    for (let i = 0; i < mib; i++) {
      for (let off = 0; off < MiB; off += 4096)
        block.writeUInt32LE((i * 256 + off / 4096) >>> 0, off);
      fs.writeSync(fd, block);
    }
  } finally {
    fs.closeSync(fd);
  }
}

function genLarge(o) {
  const dirA = path.join(o.workDir, 'large');
  const dirB = path.join(o.workDir, 'large-recorded');
  const want = { kind: 'large', gen: GEN_VERSION, mib: o.largeMib };
  const big = path.join(dirA, 'big.bin');
  const okA =
    sameMeta(dirA, want) && fs.existsSync(big) && fs.statSync(big).size === o.largeMib * MiB;
  if (!okA) {
    log(`[hash-large] generating ${o.largeMib} MiB file in ${rel(dirA)}`);
    freshDir(dirA);
    writeLargeFile(big, o.largeMib);
    fs.writeFileSync(
      path.join(dirA, 'reprokit.yml'),
      '# generated by bench/run.mjs (hash-large)\nstages:\n  copy:\n    cmd: cat big.bin > out.txt\n    deps: [big.bin]\n    outs: [out.txt]\n',
    );
    writeMeta(dirA, want);
  } else log(`[hash-large] reusing ${rel(big)}`);
  // Variant B shares the file (hard link) and records a run, so that status must re-hash the
  // touched dep to find it fresh: this cannot be short-circuited by "never run".
  const bigB = path.join(dirB, 'big.bin');
  const okB =
    sameMeta(dirB, want) && fs.existsSync(bigB) && fs.statSync(bigB).ino === fs.statSync(big).ino;
  if (!okB) {
    freshDir(dirB);
    fs.linkSync(big, bigB);
    fs.writeFileSync(
      path.join(dirB, 'reprokit.yml'),
      '# generated by bench/run.mjs (hash-large, recorded variant)\nstages:\n  size:\n    cmd: wc -c < big.bin > out.txt\n    deps: [big.bin]\n    outs: [out.txt]\n',
    );
    writeMeta(dirB, want);
  }
  return { dirA, dirB, bytes: o.largeMib * MiB };
}

function smallLayout(n) {
  const dirs = Math.min(100, n);
  return { dirs, perDir: Math.ceil(n / dirs) };
}

function writeSmallFiles(dir, n) {
  const { dirs, perDir } = smallLayout(n);
  const pool = randomBytes(MiB + 1024);
  const buf = Buffer.alloc(1024);
  let k = 0;
  for (let d = 0; d < dirs && k < n; d++) {
    const sub = path.join(dir, 'files', `d${String(d).padStart(3, '0')}`);
    fs.mkdirSync(sub, { recursive: true });
    for (let f = 0; f < perDir && k < n; f++, k++) {
      const off = (k * 1031) % MiB;
      pool.copy(buf, 0, off, off + 1024);
      buf.writeUInt32LE(k, 0); // every file distinct
      fs.writeFileSync(path.join(sub, `f${String(f).padStart(4, '0')}.bin`), buf);
    }
  }
}

const SMALL_YML =
  '# generated by bench/run.mjs (hash-small)\nstages:\n  list:\n    cmd: ls -R files > out.txt\n    deps: [files/]\n    outs: [out.txt]\n';

function genSmall(o, committed) {
  const dir = path.join(o.workDir, committed ? 'small-committed' : 'small-untracked');
  const want = { kind: 'small', gen: GEN_VERSION, files: o.smallFiles, committed };
  if (sameMeta(dir, want)) {
    log(`[hash-small] reusing ${rel(dir)}`);
    return dir;
  }
  log(`[hash-small] generating ${o.smallFiles} files of 1 KiB in ${rel(dir)}`);
  freshDir(dir);
  writeSmallFiles(dir, o.smallFiles);
  fs.writeFileSync(path.join(dir, 'reprokit.yml'), SMALL_YML);
  if (committed) {
    fs.writeFileSync(path.join(dir, '.gitignore'), '.reprokit/\nout.txt\n.bench-meta.json\n');
    const git = (...args) => {
      const r = spawnSync(
        'git',
        [
          '-c',
          'user.name=bench',
          '-c',
          'user.email=bench@localhost',
          '-c',
          'commit.gpgsign=false',
          ...args,
        ],
        { cwd: dir, encoding: 'utf8', env: childEnv() },
      );
      if (r.status !== 0) throw new Error(`git ${args.join(' ')} failed: ${r.stderr}`);
    };
    log('[hash-small] git init, add and commit (once)');
    git('init', '-q');
    git('add', '-A');
    git('commit', '-q', '-m', 'bench: small files');
    // Let the index age past the files' mtimes and refresh it, as on a clone that has settled:
    // otherwise entries written in the same second as the index are "racily clean".
    spawnSync('sleep', ['1.1']);
    git('update-index', '-q', '--refresh');
    git('status', '--porcelain');
  }
  writeMeta(dir, want);
  return dir;
}

/**
 * Layered DAG: layer L = stages L*W .. L*W+W-1. Stage (L, p) reads its source src/sI.txt and,
 * for L > 0, the outputs of stages (L-1, p) and (L-1, (p+1) mod W); writes out/sI.txt.
 */
function dagDeps(i, width) {
  if (i < width) return [];
  const L = Math.floor(i / width);
  const p = i % width;
  return [(L - 1) * width + p, (L - 1) * width + ((p + 1) % width)];
}

function genDag(o, dir, n) {
  const want = { kind: 'dag', gen: GEN_VERSION, stages: n, width: o.width };
  if (sameMeta(dir, want)) return false;
  log(`[dag] generating ${n} stages in ${rel(dir)}`);
  freshDir(dir);
  fs.mkdirSync(path.join(dir, 'src'));
  fs.mkdirSync(path.join(dir, 'out'));
  const w = Math.max(4, String(n - 1).length);
  const name = (i) => `s${String(i).padStart(w, '0')}`;
  const yml = [
    `# generated by bench/run.mjs: layered DAG, ${n} stages, ${o.width} per layer`,
    'stages:',
  ];
  const mk = [
    `# generated by bench/run.mjs: layered DAG, ${n} stages, ${o.width} per layer`,
    '.SUFFIXES:',
    '.PHONY: all',
    `all: ${Array.from({ length: n }, (_, i) => `out/${name(i)}.txt`).join(' ')}`,
    '',
  ];
  const smk = [
    `# generated by bench/run.mjs: layered DAG, ${n} stages, ${o.width} per layer`,
    'rule all:',
    `    input: [${Array.from({ length: n }, (_, i) => `"out/${name(i)}.txt"`).join(', ')}]`,
    '',
  ];
  for (let i = 0; i < n; i++) {
    const s = name(i);
    // 100 bytes of distinct content per source; every output is 100-300 bytes.
    const line = `${s} `.padEnd(99, String.fromCharCode(97 + (i % 26)));
    fs.writeFileSync(path.join(dir, 'src', `${s}.txt`), `${line}\n`);
    const deps = [`src/${s}.txt`, ...dagDeps(i, o.width).map((j) => `out/${name(j)}.txt`)];
    const out = `out/${s}.txt`;
    // `head -q -c 100` rather than `cat`: cat of two upstream outputs doubles the size per layer.
    const cmd = `head -q -c 100 ${deps.join(' ')} > ${out}`;
    yml.push(`  ${s}:`, `    cmd: ${cmd}`, `    deps: [${deps.join(', ')}]`, `    outs: [${out}]`);
    mk.push(`${out}: ${deps.join(' ')}`, `\t${cmd}`);
    smk.push(
      `rule ${s}:`,
      `    input: ${deps.map((d) => `"${d}"`).join(', ')}`,
      `    output: "${out}"`,
      '    shell: "head -q -c 100 {input} > {output}"',
      '',
    );
  }
  fs.writeFileSync(path.join(dir, 'reprokit.yml'), `${yml.join('\n')}\n`);
  fs.writeFileSync(path.join(dir, 'Makefile'), `${mk.join('\n')}\n`);
  fs.writeFileSync(path.join(dir, 'Snakefile'), `${smk.join('\n')}\n`);
  fs.writeFileSync(path.join(dir, '.gitignore'), '.reprokit/\n.snakemake/\nout/\n');
  writeMeta(dir, want);
  return true;
}

function rel(p) {
  return path.relative(process.cwd(), p) || '.';
}

// ---------------------------------------------------------------- the harness

class Bench {
  constructor(o) {
    this.o = o;
    this.rk = resolveReprokit(o);
    this.rows = [];
    this.notes = [];
    this.results = {};
    this.tools = {};
  }

  note(msg) {
    this.notes.push(msg);
    log(`note: ${msg}`);
  }

  reprokit(...args) {
    return [...this.rk.argv, ...args];
  }

  /** Parse `status --json` and count statuses; returns {counts, error}. */
  statusSummary(dir) {
    const res = timed(this.reprokit('status', '-C', dir, '--json'), {
      cwd: dir,
      stdout: 'capture',
    });
    if (res.code !== 0) return { error: exitText(res) };
    try {
      const doc = JSON.parse(res.stdout);
      const counts = {};
      for (const s of doc.stages) counts[s.status] = (counts[s.status] ?? 0) + 1;
      const firstStale = doc.stages.find((s) => s.status !== 'fresh');
      return { counts, firstStale, ms: res.ms };
    } catch (e) {
      return { error: `status --json did not print the documented JSON: ${e.message}` };
    }
  }

  detectTools() {
    for (const t of ['openssl', 'sha256sum', 'make', 'snakemake', 'git', 'xargs', 'find', 'head']) {
      this.tools[t] = which(t);
    }
    this.timeBin = fs.existsSync('/usr/bin/time') ? '/usr/bin/time' : null;
    for (const t of ['openssl', 'sha256sum', 'make', 'git', 'xargs']) {
      if (!this.tools[t]) this.note(`${t} not found: rows that use it are skipped`);
    }
    if (!this.tools.snakemake) {
      this.note(
        'snakemake not found: the snakemake peer is skipped (install: apt-get install -y snakemake, or pipx install snakemake)',
      );
    }
    if (!this.rk.available)
      this.note(`reprokit CLI not found at dist/cli/index.js: reprokit rows are "${PENDING}"`);
  }

  machine() {
    const lscpu = spawnSync('lscpu', [], { encoding: 'utf8' });
    const model =
      (lscpu.stdout || '').match(/Model name:\s*(.+)/)?.[1]?.trim() ?? os.cpus()[0]?.model;
    const gitRev = spawnSync('git', ['-C', ROOT, 'rev-parse', '--short', 'HEAD'], {
      encoding: 'utf8',
    });
    return {
      cpus: Number(spawnSync('nproc', [], { encoding: 'utf8' }).stdout.trim()) || os.cpus().length,
      model,
      memGiB: Math.round(os.totalmem() / 2 ** 30),
      kernel: `${os.type()} ${os.release()}`,
      node: process.version,
      reprokitCommand: this.rk.shown,
      reprokitCommit: gitRev.status === 0 ? gitRev.stdout.trim() : null,
      distBuiltAt: this.rk.builtAt ?? null,
      peers: {
        make: this.tools.make && firstLine(['make', '--version']),
        openssl: this.tools.openssl && firstLine(['openssl', 'version']),
        sha256sum: this.tools.sha256sum && firstLine(['sha256sum', '--version']),
        snakemake: this.tools.snakemake && firstLine(['snakemake', '--version']),
        git: this.tools.git && firstLine(['git', '--version']),
      },
    };
  }

  /** A row of the table. rk / peer: {median, failure} or a string (pending, skipped). */
  row(workload, rk, peerName, peer, target, extra = {}) {
    const r = { workload, peer: peerName, reprokit: rk, peerResult: peer, target, ...extra };
    const rkMed = typeof rk === 'object' && rk && !rk.failure ? rk.median : null;
    const peerMed = typeof peer === 'object' && peer && !peer.failure ? peer.median : null;
    r.ratio = rkMed != null && peerMed ? rkMed / peerMed : null;
    // Median of the per-run ratios: run i of reprokit and of the peer ran back to back, so
    // pairing them cancels slow phases of the machine that hit both.
    if (r.ratio != null) {
      const k = Math.min(rk.samples.length, peer.samples.length);
      const per = [];
      for (let i = 0; i < k; i++) per.push(rk.samples[i] / peer.samples[i]);
      r.pairedRatio = median(per);
    }
    if (target?.ratio != null) r.meets = r.ratio == null ? null : r.ratio <= target.ratio;
    this.rows.push(r);
    return r;
  }

  rkVariant(key, dir, args, extra = {}) {
    return { key, argv: this.reprokit(...args), cwd: dir, warmup: true, ...extra };
  }

  // ------------------------------------------------------------ 1. hash-large
  hashLarge() {
    const o = this.o;
    log(`\n== hash-large: one ${o.largeMib} MiB file`);
    const { dirA, dirB, bytes } = genLarge(o);
    const big = path.join(dirA, 'big.bin');
    const variants = [];
    if (this.rk.available) {
      variants.push(
        this.rkVariant('reprokit', dirA, ['status', '-C', dirA, '--json'], {
          before: () => fs.rmSync(path.join(dirA, '.reprokit'), { recursive: true, force: true }),
        }),
      );
    }
    if (this.tools.openssl)
      variants.push({ key: 'openssl', argv: ['openssl', 'dgst', '-sha256', big], warmup: true });
    if (this.tools.sha256sum)
      variants.push({ key: 'sha256sum', argv: ['sha256sum', big], warmup: true });
    // Variant B: recorded state, dep touched before each run (content unchanged): status must
    // re-hash the whole file to decide it is fresh, whatever shortcut "never run" allows.
    let setupB = null;
    if (this.rk.available) {
      fs.rmSync(path.join(dirB, '.reprokit'), { recursive: true, force: true });
      const r = timed(this.reprokit('run', '-C', dirB, '--jobs', String(o.jobs)), { cwd: dirB });
      if (r.code !== 0) {
        setupB = `setup (reprokit run) failed: ${exitText(r)}`;
        log(`  [hash-large] reprokit-touched ${oneLine(setupB)}`);
      } else {
        let tick = Date.now() / 1000;
        variants.push(
          this.rkVariant('reprokit-touched', dirB, ['status', '-C', dirB, '--json'], {
            before: () => {
              tick += 1;
              fs.utimesSync(path.join(dirB, 'big.bin'), tick, tick);
            },
            check: (res) => (res.code === 0 ? null : exitText(res)),
          }),
        );
      }
    }
    const m = measure('hash-large', variants, o.runs);
    if (setupB) m['reprokit-touched'] = { samples: [], median: null, failure: setupB };
    if (this.rk.available && m['reprokit-touched'] && !m['reprokit-touched'].failure) {
      const s = this.statusSummary(dirB);
      if (s.error) m['reprokit-touched'].failure = s.error;
      else if (s.counts.fresh !== 1)
        this.note(
          `hash-large touched variant: status is not "fresh" after a touch: ${JSON.stringify(s.firstStale)}`,
        );
    }
    this.results['hash-large'] = { bytes, dirs: [rel(dirA), rel(dirB)], measurements: m };
    const gbps = (k) => (m[k]?.median && !m[k].failure ? bytes / 1e9 / (m[k].median / 1000) : null);
    const rk = this.rk.available ? m.reprokit : PENDING;
    const rkT = this.rk.available ? m['reprokit-touched'] : PENDING;
    const gb = {};
    for (const k of Object.keys(m)) gb[k] = gbps(k);
    this.results['hash-large'].gbps = gb;
    const label = `hash-large ${o.largeMib} MiB`;
    const peerOr = (k) => m[k] ?? 'skipped: not installed';
    this.row(
      label,
      rk,
      'openssl dgst -sha256',
      peerOr('openssl'),
      { ratio: 0.6, text: '≤ 0.6×' },
      { gbps: gb },
    );
    this.row(label, rk, 'sha256sum', peerOr('sha256sum'), { text: 'info' });
    this.row(`${label} (recorded, dep touched)`, rkT, 'openssl dgst -sha256', peerOr('openssl'), {
      ratio: 0.6,
      text: '≤ 0.6×',
    });
    const f = (x) => (x == null ? '—' : `${x.toFixed(2)} GB/s`);
    this.note(
      `hash-large throughput (whole command, start-up included): reprokit ${this.rk.available ? f(gb.reprokit) : PENDING}` +
        `${this.rk.available ? `, touched ${f(gb['reprokit-touched'])}` : ''}, openssl ${f(gb.openssl)}, sha256sum ${f(gb.sha256sum)}`,
    );
    if (gb.reprokit != null && gb.reprokit > 8) {
      this.note(
        `hash-large: reprokit status "hashes" at ${gb.reprokit.toFixed(1)} GB/s: it probably does not hash deps of a never-run stage; see the "recorded, dep touched" row`,
      );
    }
  }

  // ------------------------------------------------------------ 2. hash-small
  hashSmall() {
    const o = this.o;
    const n = o.smallFiles;
    log(`\n== hash-small: ${n} files of 1 KiB`);
    const dirU = genSmall(o, false);
    const dirC = this.tools.git ? genSmall(o, true) : null;
    if (!dirC) this.note('hash-small committed case skipped: git not found');
    const xargs = (dir) => ({
      key: 'xargs',
      argv: [
        'bash',
        '-c',
        `find files -type f -print0 | xargs -0 -P${o.jobs} sha256sum > /dev/null`,
      ],
      cwd: dir,
      warmup: true,
    });
    const rmCache = (dir) => () =>
      fs.rmSync(path.join(dir, '.reprokit'), { recursive: true, force: true });
    const haveXargs = this.tools.xargs && this.tools.sha256sum;
    const res = {};
    for (const [kase, dir, target] of [
      ['untracked', dirU, 1.0],
      ['committed', dirC, 0.3],
    ]) {
      if (!dir) continue;
      const variants = [];
      if (this.rk.available)
        variants.push(
          this.rkVariant('reprokit', dir, ['status', '-C', dir, '--json'], {
            before: rmCache(dir),
          }),
        );
      if (haveXargs) variants.push(xargs(dir));
      const m = measure(`hash-small ${kase}`, variants, o.runs);
      res[kase] = { dir: rel(dir), measurements: m };
      const label = `hash-small ${n} × 1 KiB, ${kase}`;
      this.row(
        label,
        this.rk.available ? m.reprokit : PENDING,
        `find | xargs -0 -P${o.jobs} sha256sum`,
        m.xargs ?? 'skipped: not installed',
        { ratio: target, text: `≤ ${target}×` },
      );
      const rate = (k) =>
        m[k]?.median && !m[k].failure ? Math.round(n / (m[k].median / 1000)) : null;
      res[kase].filesPerSecond = { reprokit: rate('reprokit'), xargs: rate('xargs') };
      if (kase === 'untracked' && rate('reprokit') > 2e6) {
        this.note(
          `hash-small untracked: ${rate('reprokit')} files/s is beyond reading speed: reprokit status probably does not hash deps of a never-run stage`,
        );
      }
    }
    this.results['hash-small'] = { files: n, ...res };
    const fps = (k, w) => res[k]?.filesPerSecond?.[w];
    this.note(
      `hash-small files/s: untracked reprokit ${fps('untracked', 'reprokit') ?? '—'} vs xargs ${fps('untracked', 'xargs') ?? '—'}; committed reprokit ${fps('committed', 'reprokit') ?? '—'} vs xargs ${fps('committed', 'xargs') ?? '—'}`,
    );
  }

  // ------------------------------------------------------------ 3. plan
  /** Bring a DAG dir up to date for make, snakemake and reprokit; returns setup errors. */
  setupPlan(n, { snakemake = true } = {}) {
    const o = this.o;
    const dir = path.join(o.workDir, `plan-${n}`);
    genDag(o, dir, n);
    const errors = {};
    if (this.tools.make) {
      log(`[plan ${n}] make -j${o.jobs} -r (build outputs)`);
      const r = timed(['make', `-j${o.jobs}`, '-r', '-C', dir], { cwd: dir });
      if (r.code !== 0) errors.make = `setup: make -j${o.jobs} -r failed: ${exitText(r)}`;
    }
    if (snakemake && this.tools.snakemake && !errors.make) {
      const check = () =>
        timed(['snakemake', '-n', '-c1', '-s', 'Snakefile', '-d', dir], {
          cwd: dir,
          stdout: 'capture',
        });
      log(`[plan ${n}] snakemake -n (check)`);
      let r = check();
      const upToDate = (x) =>
        x.code === 0 && /Nothing to be done/i.test(`${x.stdout}\n${x.stderrTail ?? ''}`);
      if (r.code === 0 && !upToDate(r)) {
        log(`[plan ${n}] snakemake -c${o.jobs} --touch (record outputs as up to date)`);
        const t = timed(['snakemake', `-c${o.jobs}`, '--touch', '-s', 'Snakefile', '-d', dir], {
          cwd: dir,
        });
        if (t.code !== 0) errors.snakemake = `setup: snakemake --touch failed: ${exitText(t)}`;
        r = check();
      }
      if (!errors.snakemake) {
        if (r.code !== 0) errors.snakemake = `setup: snakemake -n failed: ${exitText(r)}`;
        else if (!upToDate(r))
          errors.snakemake = `setup: snakemake -n still has work to do:\n${r.stdout.slice(-800)}`;
      }
      this.snakeEstimate = { n, ms: r.ms };
    }
    if (this.rk.available) {
      log(`[plan ${n}] reprokit run --jobs ${o.jobs} (record state)`);
      const r = timed(this.reprokit('run', '-C', dir, '--jobs', String(o.jobs)), { cwd: dir });
      if (r.code !== 0) errors.reprokit = `setup: reprokit run failed: ${exitText(r)}`;
      else {
        // A settled project, as when someone checks it minutes later: files written in the last
        // two seconds are not trusted by the no-op snapshot (docs/cli.md), so let them age first.
        Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 2100);
        const s = this.statusSummary(dir);
        if (s.error) errors.reprokit = `setup: ${s.error}`;
        else if ((s.counts.fresh ?? 0) !== n)
          this.note(
            `plan ${n}: after reprokit run, status is not all fresh: ${JSON.stringify(s.counts)}; first: ${JSON.stringify(s.firstStale)}`,
          );
      }
    }
    if (this.tools.make && !errors.make) {
      // Everything (reprokit run included) must leave make's view up to date.
      const q = timed(['make', '-q', '-r', '-C', dir], { cwd: dir });
      if (q.code === 1)
        errors.make = 'setup error: make -q -r says the DAG is not up to date after setup (exit 1)';
      else if (q.code !== 0) errors.make = `setup: make -q -r failed: ${exitText(q)}`;
    }
    for (const [k, e] of Object.entries(errors)) log(`  [plan ${n}] ${k} ${oneLine(e)}`);
    return { dir, errors };
  }

  plan() {
    const o = this.o;
    const res = {};
    let prevSnake = null; // {n, ms} of the last snakemake -n, to extrapolate
    for (const n of o.stages) {
      log(`\n== plan: no-op check of ${n} stages`);
      const { dir, errors } = this.setupPlan(n, { snakemake: true });
      if (this.snakeEstimate?.n === n) prevSnake = this.snakeEstimate;
      const variants = [];
      if (this.rk.available && !errors.reprokit)
        variants.push(this.rkVariant('reprokit', dir, ['status', '-C', dir, '--json']));
      if (this.tools.make && !errors.make)
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
      if (!this.tools.snakemake) snakeSkip = 'skipped: not installed';
      else if (errors.snakemake) snakeSkip = null;
      else if (prevSnake && (prevSnake.ms * n) / prevSnake.n > SNAKEMAKE_MAX_RUN_S * 1000)
        snakeSkip = `skipped: estimated ${((prevSnake.ms * n) / prevSnake.n / 1000).toFixed(0)} s per run (> ${SNAKEMAKE_MAX_RUN_S} s)`;
      if (this.tools.snakemake && !errors.snakemake && !snakeSkip)
        variants.push({
          key: 'snakemake',
          argv: ['snakemake', '-n', '-c1', '-s', 'Snakefile', '-d', dir],
          cwd: dir,
          runs: Math.min(o.snakemakeRuns, o.runs),
        });
      const m = measure(`plan ${n}`, variants, o.runs);
      for (const [k, e] of Object.entries(errors)) m[k] = { samples: [], median: null, failure: e };
      if (m.snakemake?.median) prevSnake = { n, ms: m.snakemake.median };
      res[n] = { dir: rel(dir), measurements: m, snakemake: snakeSkip };
      const big = n === Math.max(...o.stages);
      const rk = this.rk.available ? m.reprokit : PENDING;
      const at = big ? '' : ' (target at 5000)';
      this.row(`plan ${n} stages (no-op)`, rk, 'make -q -r', m.make ?? 'skipped: not installed', {
        ratio: big ? 5 : undefined,
        text: big ? '≤ 5×' : `info${at}`,
      });
      this.row(`plan ${n} stages (no-op)`, rk, 'snakemake -n', m.snakemake ?? snakeSkip, {
        ratio: big ? 0.02 : undefined,
        text: big ? '≤ 0.02×' : `info${at}`,
      });
    }
    this.results.plan = res;
    const ns = o.stages;
    if (ns.length >= 2) {
      const lo = Math.min(...ns);
      const hi = Math.max(...ns);
      const g = (k) => {
        const a = res[lo]?.measurements[k];
        const b = res[hi]?.measurements[k];
        return a?.median && b?.median && !a.failure && !b.failure ? b.median / a.median : null;
      };
      const growth = {
        reprokit: g('reprokit'),
        make: g('make'),
        snakemake: g('snakemake'),
        stagesRatio: hi / lo,
      };
      this.results.planGrowth = { from: lo, to: hi, ...growth };
      const x = (v) => (v == null ? '—' : `${v.toFixed(2)}×`);
      this.rows.push({
        workload: `plan growth ${lo} → ${hi} stages`,
        kind: 'growth',
        reprokitText: this.rk.available
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
      this.note(
        `plan growth ${lo} → ${hi} stages (${hi / lo}× the stages): reprokit ${this.rk.available ? x(growth.reprokit) : PENDING}, make ${x(growth.make)}, snakemake ${x(growth.snakemake)}`,
      );
    }
  }

  // ------------------------------------------------------------ 4. run
  run() {
    const o = this.o;
    const n = o.runStages;
    log(`\n== run: full run of ${n} stages with ${o.jobs} jobs`);
    const dir = path.join(o.workDir, `run-${n}`);
    genDag(o, dir, n);
    const outDir = path.join(dir, 'out');
    const clean = (alsoCache) => () => {
      fs.rmSync(outDir, { recursive: true, force: true });
      fs.mkdirSync(outDir);
      if (alsoCache) fs.rmSync(path.join(dir, '.reprokit'), { recursive: true, force: true });
    };
    const variants = [];
    if (this.rk.available)
      variants.push({
        key: 'reprokit',
        argv: this.reprokit('run', '--jobs', String(o.jobs), '-C', dir),
        cwd: dir,
        before: clean(true),
      });
    if (this.tools.make)
      variants.push({
        key: 'make',
        argv: ['make', `-j${o.jobs}`, '-r', '-C', dir],
        cwd: dir,
        before: clean(false),
      });
    const m = measure(`run ${n}`, variants, o.runs);
    const ok = (k) => m[k] && !m[k].failure && m[k].median != null;
    const overhead = ok('reprokit') && ok('make') ? (m.reprokit.median - m.make.median) / n : null;
    this.results.run = {
      stages: n,
      jobs: o.jobs,
      dir: rel(dir),
      measurements: m,
      perStageOverheadMs: overhead,
    };
    const rk = this.rk.available ? m.reprokit : PENDING;
    this.row(
      `run ${n} stages, ${o.jobs} jobs`,
      rk,
      `make -j${o.jobs} -r`,
      m.make ?? 'skipped: not installed',
      {
        text: 'info',
      },
    );
    this.rows.push({
      workload: `run: per-stage overhead vs make`,
      kind: 'overhead',
      reprokitText: this.rk.available
        ? overhead == null
          ? 'failed'
          : `${overhead >= 0 ? '+' : ''}${overhead.toFixed(2)} ms/stage`
        : PENDING,
      peer: `make -j${o.jobs} -r`,
      peerText: ok('make') ? `${(m.make.median / n).toFixed(2)} ms/stage` : '—',
      ratioText: '—',
      target: { text: '≤ make + 5 ms/stage' },
      meets: overhead == null ? null : overhead <= 5,
    });
  }

  // ------------------------------------------------------------ 5. memory
  async memory() {
    const o = this.o;
    const n = o.stages.includes(5000) ? 5000 : Math.max(...o.stages);
    log(`\n== memory: peak RSS of reprokit status on ${n} stages`);
    if (!this.rk.available) {
      this.rows.push({
        workload: `memory: peak RSS, status of ${n} stages`,
        kind: 'memory',
        reprokitText: PENDING,
        peer: '—',
        peerText: '—',
        ratioText: '—',
        target: { text: '≤ 200 MB' },
        meets: null,
      });
      this.results.memory = { stages: n, pending: true };
      return;
    }
    const { dir, errors } =
      this.results.plan?.[n] != null
        ? { dir: path.join(o.workDir, `plan-${n}`), errors: {} }
        : this.setupPlan(n, { snakemake: false });
    const argv = this.reprokit('status', '-C', dir, '--json');
    const samples = [];
    const makeSamples = [];
    let failure = errors.reprokit ?? null;
    const method = this.timeBin ? '/usr/bin/time -f %M' : '/proc/PID/status VmHWM polling';
    for (let r = 0; r < o.runs && !failure; r++) {
      const kb = await this.peakRss(argv, dir);
      if (kb.failure) {
        failure = kb.failure;
        break;
      }
      samples.push(kb.kb);
      if (this.tools.make && this.timeBin) {
        const mk = await this.peakRss(['make', '-q', '-r', '-C', dir], dir);
        if (!mk.failure) makeSamples.push(mk.kb);
      }
      log(`  [memory] run ${r + 1}/${o.runs}: reprokit ${(kb.kb / 1024).toFixed(1)} MiB`);
    }
    const med = median(samples);
    const mb = med == null ? null : (med * 1024) / 1e6;
    const makeMed = median(makeSamples);
    this.results.memory = {
      stages: n,
      method,
      samplesKiB: samples,
      makeSamplesKiB: makeSamples,
      peakMB: mb,
      failure,
    };
    this.rows.push({
      workload: `memory: peak RSS, status of ${n} stages`,
      kind: 'memory',
      reprokitText: failure ? `FAILED: ${oneLine(failure)}` : `${mb.toFixed(1)} MB`,
      failure,
      peer: 'make -q -r',
      peerText: makeMed == null ? '—' : `${((makeMed * 1024) / 1e6).toFixed(1)} MB`,
      ratioText: '—',
      target: { text: '≤ 200 MB' },
      meets: mb == null ? null : mb <= 200,
    });
  }

  /** Peak RSS in KiB of argv: GNU time if present, else polling VmHWM. */
  async peakRss(argv, cwd) {
    if (this.timeBin) {
      const f = path.join(LOG_DIR, `rss-${++logSeq}.txt`);
      const res = timed([this.timeBin, '-f', '%M', '-o', f, ...argv], { cwd });
      if (res.code !== 0) return { failure: exitText(res) };
      const kb = Number(fs.readFileSync(f, 'utf8').trim().split('\n').pop());
      return Number.isFinite(kb) ? { kb } : { failure: `could not read ${f}` };
    }
    return new Promise((resolve) => {
      const child = spawn(argv[0], argv.slice(1), { cwd, env: childEnv(), stdio: 'ignore' });
      let peak = 0;
      const poll = () => {
        try {
          const m = fs.readFileSync(`/proc/${child.pid}/status`, 'utf8').match(/VmHWM:\s*(\d+)/);
          if (m) peak = Math.max(peak, Number(m[1]));
        } catch {
          /* exited */
        }
      };
      const timer = setInterval(poll, 2);
      child.on('error', (e) => {
        clearInterval(timer);
        resolve({ failure: e.message });
      });
      child.on('exit', (code) => {
        clearInterval(timer);
        resolve(code === 0 ? { kb: peak } : { failure: `exit ${code}` });
      });
    });
  }

  // ------------------------------------------------------------ 6. ci
  async ci() {
    log('\n== ci: requests and bytes with the local test cache service');
    const file = path.join(BENCH, 'ci.mjs');
    if (!fs.existsSync(file)) {
      const msg = 'skipped: needs the test cache service (issue 3)';
      log(`  [ci] ${msg}`);
      this.rows.push({
        workload: 'ci: cache requests/bytes, first and all-fresh run',
        kind: 'ci',
        reprokitText: msg,
        peer: '—',
        peerText: '—',
        ratioText: '—',
        target: { text: '—' },
        meets: null,
      });
      this.results.ci = { skipped: msg };
      return;
    }
    // Contract for bench/ci.mjs: `export default async function (ctx)` returning
    // {rows: [{workload, reprokitText, peer, peerText, ratioText, target: {text}, meets}], data}.
    const mod = await import(pathToFileURL(file).href);
    try {
      const out = await mod.default({
        root: ROOT,
        workDir: this.o.workDir,
        reprokit: this.rk.argv,
        runs: this.o.runs,
        log,
      });
      for (const r of out?.rows ?? []) this.rows.push({ kind: 'ci', ...r });
      this.results.ci = out?.data ?? null;
    } catch (e) {
      this.rows.push({
        workload: 'ci',
        kind: 'ci',
        reprokitText: `FAILED: ${e.message}`,
        failure: e.stack,
        peer: '—',
        peerText: '—',
        ratioText: '—',
        target: { text: '—' },
        meets: null,
      });
    }
  }

  // ------------------------------------------------------------ report
  cell(x) {
    if (typeof x === 'string') return x;
    if (!x) return '—';
    if (x.failure) return `FAILED: ${oneLine(x.failure).replace(/\|/g, '\\|')}`;
    return fmtMs(x.median);
  }

  markdown(machine, started, elapsedS) {
    const esc = (t) => String(t).replace(/\|/g, '\\|');
    const L = [];
    L.push(`# reprokit benchmark`, '');
    L.push(
      `${started.toISOString()} · ${machine.cpus} CPUs (${machine.model}) · ${machine.memGiB} GiB · ${machine.kernel} · Node ${machine.node} · took ${elapsedS.toFixed(0)} s`,
      '',
    );
    L.push(
      `reprokit: \`${machine.reprokitCommand}\` · runs: ${this.o.runs} (medians; reprokit and peers interleaved)`,
      '',
    );
    L.push(
      '| workload | reprokit median | peer | peer median | ratio | paired | target | meets? |',
    );
    L.push('|---|---|---|---|---|---|---|---|');
    for (const r of this.rows) {
      const rkCell = r.reprokitText ?? this.cell(r.reprokit);
      const peerCell = r.peerText ?? this.cell(r.peerResult);
      const ratio =
        r.ratioText ?? (r.ratio == null ? '—' : `${r.ratio.toFixed(r.ratio < 0.1 ? 3 : 2)}×`);
      const meets = r.meets == null ? '—' : r.meets ? 'yes' : '**no**';
      const paired =
        r.pairedRatio == null ? '—' : `${r.pairedRatio.toFixed(r.pairedRatio < 0.1 ? 3 : 2)}×`;
      L.push(
        `| ${r.workload} | ${rkCell} | ${esc(r.peer)} | ${peerCell} | ${ratio} | ${paired} | ${r.target?.text ?? '—'} | ${meets} |`,
      );
    }
    L.push(
      '',
      'ratio = reprokit median / peer median; paired = median of the per-run ratios (each run times reprokit and the peer back to back); "meets?" judges the ratio.',
      '',
    );
    if (this.notes.length) {
      L.push('Notes:', '');
      for (const n of this.notes) L.push(`- ${n.replace(/\n/g, ' ')}`);
      L.push('');
    }
    const failures = [];
    const collect = (name, m) => {
      for (const [k, v] of Object.entries(m ?? {}))
        if (v?.failure) failures.push([`${name} / ${k}`, v.failure]);
    };
    collect('hash-large', this.results['hash-large']?.measurements);
    collect('hash-small untracked', this.results['hash-small']?.untracked?.measurements);
    collect('hash-small committed', this.results['hash-small']?.committed?.measurements);
    for (const [n, p] of Object.entries(this.results.plan ?? {}))
      collect(`plan ${n}`, p.measurements);
    collect('run', this.results.run?.measurements);
    if (this.results.memory?.failure) failures.push(['memory', this.results.memory.failure]);
    if (failures.length) {
      L.push('Failures (stderr tail):', '');
      for (const [k, f] of failures) L.push(`- ${k}:`, '', '```', f, '```', '');
    }
    const p = machine.peers;
    L.push(
      `Peers: ${[p.make, p.openssl, p.sha256sum, p.snakemake && `snakemake ${p.snakemake}`, p.git].filter(Boolean).join(' · ')}`,
      '',
    );
    return L.join('\n');
  }
}

async function main() {
  const o = parseArgs(process.argv.slice(2));
  if (o.clean) {
    log(`removing ${rel(o.workDir)}`);
    fs.rmSync(o.workDir, { recursive: true, force: true });
  }
  fs.mkdirSync(o.workDir, { recursive: true });
  LOG_DIR = path.join(o.workDir, 'logs');
  fs.rmSync(LOG_DIR, { recursive: true, force: true });
  fs.mkdirSync(LOG_DIR, { recursive: true });
  const b = new Bench(o);
  b.detectTools();
  const machine = b.machine();
  const started = new Date();
  const t0 = process.hrtime.bigint();
  log(
    `reprokit bench: ${o.only.join(', ')} · runs ${o.runs} · ${machine.cpus} CPUs · Node ${machine.node} · reprokit: ${b.rk.available ? b.rk.argv.join(' ') : PENDING}`,
  );
  const steps = {
    'hash-large': () => b.hashLarge(),
    'hash-small': () => b.hashSmall(),
    plan: () => b.plan(),
    run: () => b.run(),
    memory: () => b.memory(),
    ci: () => b.ci(),
  };
  for (const w of ALL) {
    if (!o.only.includes(w)) continue;
    try {
      await steps[w]();
    } catch (e) {
      b.note(`${w}: harness error: ${e.stack ?? e}`);
    }
  }
  if (b.rk.file && b.rk.stamp !== cliStamp(b.rk.file)) {
    b.note(
      `${rel(b.rk.file)} changed or vanished during the bench (rebuilt concurrently?): the reprokit figures may mix builds; run again`,
    );
  }
  const elapsedS = Number(process.hrtime.bigint() - t0) / 1e9;
  const md = b.markdown(machine, started, elapsedS);
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
