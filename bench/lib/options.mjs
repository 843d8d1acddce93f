// Command-line options: the harness's own, plus those each workload module declares
// (`options: [{flag, key, kind, default, help, check?}]`), so adding a workload never edits this.
import path from 'node:path';
import { die } from './proc.mjs';

/** @param {string} bench the bench/ directory */
export function coreOptions(bench) {
  return [
    {
      flag: '--runs',
      key: 'runs',
      kind: 'int',
      default: 5,
      help: 'timed runs per measurement, medians reported',
    },
    {
      flag: '--jobs',
      key: 'jobs',
      kind: 'int',
      default: 2,
      help: 'parallel jobs for reprokit run / make -j / xargs -P',
    },
    {
      flag: '--width',
      key: 'width',
      kind: 'int',
      default: 10,
      help: 'stages per layer of the generated DAGs',
      check: (v) => (v < 2 ? 'must be at least 2 (each stage reads two outputs)' : null),
    },
    {
      flag: '--out',
      key: 'out',
      kind: 'prefix',
      default: path.join(bench, 'results', 'latest'),
      help: 'writes PREFIX.md and PREFIX.json (default bench/results/latest)',
    },
    {
      flag: '--reprokit',
      key: 'reprokit',
      kind: 'string',
      default: null,
      help: 'command that runs reprokit (default: node <repo>/dist/cli/index.js)',
    },
    {
      flag: '--baseline',
      key: 'baseline',
      kind: 'string',
      default: null,
      help: 'another reprokit command timed in the same runs (before/after), where a workload supports it (run, plan, hash-small)',
    },
    {
      flag: '--work-dir',
      key: 'workDir',
      kind: 'path',
      default: path.join(bench, '.work'),
      help: 'where workloads are generated (default bench/.work)',
    },
    {
      flag: '--clean',
      key: 'clean',
      kind: 'bool',
      default: false,
      help: 'delete the generated workloads first',
    },
    {
      flag: '--no-snapshot',
      key: 'snapshot',
      kind: 'off',
      default: true,
      help: 'run dist/cli in place instead of a copy taken at start',
    },
  ];
}

const int = (name, v) => {
  const n = Number(v);
  if (!Number.isInteger(n) || n < 1) die(`${name} expects a positive integer, got "${v}"`);
  return n;
};

function convert(spec, raw) {
  switch (spec.kind) {
    case 'int':
      return int(spec.flag, raw);
    case 'ints':
      return raw
        .split(',')
        .filter(Boolean)
        .map((s) => int(spec.flag, s));
    case 'prefix':
      return path.resolve(raw.replace(/\.(md|json)$/, ''));
    case 'path':
      return path.resolve(raw);
    default:
      return raw;
  }
}

function showDefault(spec) {
  if (spec.kind === 'bool' || spec.kind === 'off' || spec.default == null) return '';
  if (typeof spec.default === 'string' && path.isAbsolute(spec.default)) return '';
  return ` (default ${Array.isArray(spec.default) ? spec.default.join(',') : spec.default})`;
}

export function usage(specs, workloads) {
  const names = workloads.map((w) => w.name).join(',');
  const off = workloads.filter((w) => w.byDefault === false).map((w) => w.name);
  const lines = [
    'usage: node bench/run.mjs [options]',
    `  --only LIST          workloads, comma-separated: ${names} (default: all${off.length ? ` but ${off.join(', ')}` : ''})`,
  ];
  for (const s of specs) {
    const arg = ['bool', 'off'].includes(s.kind)
      ? ''
      : s.kind === 'ints'
        ? ' LIST'
        : s.kind === 'int'
          ? ' N'
          : s.kind === 'prefix'
            ? ' PREFIX'
            : s.kind === 'path'
              ? ' DIR'
              : ' CMD';
    lines.push(`  ${`${s.flag}${arg}`.padEnd(20)} ${s.help}${showDefault(s)}`);
  }
  lines.push('  --help');
  lines.push('', 'workloads:');
  for (const w of workloads) lines.push(`  ${w.name.padEnd(12)} ${w.summary}`);
  return lines.join('\n');
}

/** Parses argv against the core options and every workload's; returns the options object. */
export function parseArgs(argv, { bench, workloads }) {
  const specs = [...coreOptions(bench)];
  for (const w of workloads)
    for (const s of w.options ?? []) specs.push({ ...s, workload: w.name });
  const byFlag = new Map();
  for (const s of specs) {
    if (byFlag.has(s.flag)) die(`internal: option ${s.flag} declared twice`);
    byFlag.set(s.flag, s);
  }
  const o = { only: workloads.filter((w) => w.byDefault !== false).map((w) => w.name) };
  for (const s of specs) o[s.key] = s.default;
  const names = workloads.map((w) => w.name);
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
    if (a === '--help' || a === '-h') {
      console.log(usage(specs, workloads));
      process.exit(0);
    }
    if (a === '--only') {
      const list = val()
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean);
      for (const w of list)
        if (!names.includes(w)) die(`unknown workload "${w}" (${names.join(', ')})`);
      o.only = list;
      continue;
    }
    const spec = byFlag.get(a);
    if (!spec) die(`unknown option ${a}\n${usage(specs, workloads)}`);
    if (spec.kind === 'bool') o[spec.key] = true;
    else if (spec.kind === 'off') o[spec.key] = false;
    else o[spec.key] = convert(spec, val());
    const bad = spec.check?.(o[spec.key]);
    if (bad) die(`${spec.flag} ${bad}`);
  }
  return o;
}
