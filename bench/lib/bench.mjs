// The context every workload receives: options, tools found, the reprokit command, and the
// table it adds rows to (see bench/README.md, "Adding a workload").
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import { clearInterval, setInterval } from 'node:timers';
import { childEnv, exitText, log, logFile, measure, median, timed, which } from './proc.mjs';
import { firstLine } from './proc.mjs';
import { resolveReprokit } from './reprokit.mjs';

export const PENDING = 'pending: CLI not built yet';

export class Bench {
  /** @param {object} o options; @param {{root: string, benchDir: string}} where */
  constructor(o, { root, benchDir }) {
    this.o = o;
    this.root = root;
    this.benchDir = benchDir;
    this.rk = resolveReprokit(o, root);
    /** --baseline: a second reprokit (another build), interleaved with the first (A B C A B C). */
    this.baseline = o.baseline ? resolveReprokit({ ...o, reprokit: o.baseline }, root) : null;
    this.rows = [];
    this.notes = [];
    this.results = {};
    this.tools = {};
    /** [title, measurements] of every measure(), for the failures section of the report. */
    this.measured = [];
    /** [title, text] of failures that are not part of a measurement. */
    this.failures = [];
    this.log = log;
  }

  note(msg) {
    this.notes.push(msg);
    log(`note: ${msg}`);
  }

  /** A failure to list with its stderr tail at the end of the report. */
  failure(title, text) {
    this.failures.push([title, text]);
  }

  reprokit(...args) {
    return [...this.rk.argv, ...args];
  }

  /** Interleaved timing (lib/proc.mjs `measure`), remembered for the failures section. */
  measure(title, variants, runs = this.o.runs) {
    const m = measure(title, variants, runs);
    this.measured.push([title, m]);
    return m;
  }

  rkVariant(key, dir, args, extra = {}) {
    return { key, argv: this.reprokit(...args), cwd: dir, warmup: true, ...extra };
  }

  /** The --baseline build's variant of the same command (key `baseline`), or none. */
  baselineVariants(dir, args, extra = {}) {
    if (!this.baseline) return [];
    const argv = [...this.baseline.argv, ...args];
    return [{ key: 'baseline', argv, cwd: dir, warmup: true, ...extra }];
  }

  /** Rows comparing the --baseline build with the peer and with the current build. */
  baselineRows(label, m, peerName, peerKey, target) {
    if (!this.baseline || !m.baseline) return;
    this.row(
      `${label} [baseline: ${this.baseline.shown}]`,
      m.baseline,
      peerName,
      m[peerKey],
      target,
    );
    this.row(`${label}: this build vs baseline`, m.reprokit, 'baseline', m.baseline, {
      text: 'info',
    });
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
    const gitRev = spawnSync('git', ['-C', this.root, 'rev-parse', '--short', 'HEAD'], {
      encoding: 'utf8',
    });
    return {
      cpus: Number(spawnSync('nproc', [], { encoding: 'utf8' }).stdout.trim()) || os.cpus().length,
      model,
      memGiB: Math.round(os.totalmem() / 2 ** 30),
      kernel: `${os.type()} ${os.release()}`,
      node: process.version,
      loadAverage: os.loadavg().map((x) => Math.round(x * 100) / 100),
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

  /**
   * A row of the table. rk / peer: {median, samples, failure} or a string (pending, skipped).
   * target: {ratio?, text}. Rows that are not a timing pass reprokitText/peerText/ratioText
   * through `extra` (or push to bench.rows directly with a `kind`).
   */
  row(workload, rk, peerName, peer, target, extra = {}) {
    const r = { workload, peer: peerName, reprokit: rk, peerResult: peer, target, ...extra };
    const rkMed = typeof rk === 'object' && rk && !rk.failure ? rk.median : null;
    const peerMed = typeof peer === 'object' && peer && !peer.failure ? peer.median : null;
    r.ratio = rkMed != null && peerMed ? rkMed / peerMed : null;
    // Median of the per-run ratios: run i of reprokit and of the peer ran back to back, so
    // pairing them cancels slow phases of the machine that hit both. Its range is the spread.
    if (r.ratio != null) {
      const k = Math.min(rk.samples.length, peer.samples.length);
      const per = [];
      for (let i = 0; i < k; i++) per.push(rk.samples[i] / peer.samples[i]);
      r.pairedRatio = median(per);
      r.pairedRange = per.length ? [Math.min(...per), Math.max(...per)] : null;
    }
    if (target?.ratio != null) r.meets = r.ratio == null ? null : r.ratio <= target.ratio;
    this.rows.push(r);
    return r;
  }

  /** Peak RSS in KiB of argv: GNU time if present, else polling VmHWM. */
  async peakRss(argv, cwd) {
    if (this.timeBin) {
      const f = logFile('.rss.txt');
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
}
