// The Markdown table (bench/results/latest.md) from the rows the workloads added.
import { fmtMs, oneLine } from './proc.mjs';

function cell(x) {
  if (typeof x === 'string') return x;
  if (!x) return '—';
  if (x.failure) return `FAILED: ${oneLine(x.failure).replace(/\|/g, '\\|')}`;
  return fmtMs(x.median);
}

const times = (x) => `${x.toFixed(x < 0.1 ? 3 : 2)}×`;

export function markdown(bench, machine, started, elapsedS) {
  const esc = (t) => String(t).replace(/\|/g, '\\|');
  const L = [];
  L.push(`# reprokit benchmark`, '');
  L.push(
    `${started.toISOString()} · ${machine.cpus} CPUs (${machine.model}) · ${machine.memGiB} GiB · ${machine.kernel} · Node ${machine.node} · load ${machine.loadAverage.join(' ')} at start${machine.loadAverageAtEnd ? `, ${machine.loadAverageAtEnd.join(' ')} at end` : ''} · took ${elapsedS.toFixed(0)} s`,
    '',
  );
  L.push(
    `reprokit: \`${machine.reprokitCommand}\` · runs: ${bench.o.runs} (medians; reprokit and peers interleaved)`,
    '',
  );
  L.push(
    '| workload | reprokit median | peer | peer median | ratio | paired (range) | target | meets? |',
  );
  L.push('|---|---|---|---|---|---|---|---|');
  for (const r of bench.rows) {
    const rkCell = r.reprokitText ?? cell(r.reprokit);
    const peerCell = r.peerText ?? cell(r.peerResult);
    const ratio = r.ratioText ?? (r.ratio == null ? '—' : times(r.ratio));
    const meets = r.meets == null ? '—' : r.meets ? 'yes' : '**no**';
    const range = r.pairedRange ? ` (${times(r.pairedRange[0])}–${times(r.pairedRange[1])})` : '';
    const paired = r.pairedRatio == null ? '—' : `${times(r.pairedRatio)}${range}`;
    L.push(
      `| ${r.workload} | ${rkCell} | ${esc(r.peer)} | ${peerCell} | ${ratio} | ${paired} | ${r.target?.text ?? '—'} | ${meets} |`,
    );
  }
  L.push(
    '',
    'ratio = reprokit median / peer median; paired = median of the per-run ratios (each run times reprokit and the peer back to back), with their smallest and largest in brackets; "meets?" judges the ratio.',
    '',
  );
  if (bench.notes.length) {
    L.push('Notes:', '');
    for (const n of bench.notes) L.push(`- ${n.replace(/\n/g, ' ')}`);
    L.push('');
  }
  const failures = [];
  for (const [title, m] of bench.measured)
    for (const [k, v] of Object.entries(m ?? {}))
      if (v?.failure) failures.push([`${title} / ${k}`, v.failure]);
  failures.push(...bench.failures);
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
