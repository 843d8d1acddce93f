import type { RunReport } from '../../src/engine/events.js';
import {
  checkRun,
  commentMarker,
  COMMENT_LIMIT,
  pullRequestComment,
} from '../../src/report/feedback.js';
import {
  diffMetrics,
  flattenMetrics,
  formatChange,
  formatNumber,
} from '../../src/report/metrics.js';
import { buildGraph } from '../../src/core/graph.js';
import type { Pipeline } from '../../src/core/pipeline.js';

const head = new Map<string, unknown>([
  ['metrics.json', { model: { r2: 0.5521, mae: 240.58 }, rows: 1736, note: 'ok' }],
]);
const base = new Map<string, unknown>([
  ['metrics.json', { model: { r2: 0.5, mae: 250 }, rows: 1736, old: 1 }],
]);

function report(overrides: Partial<RunReport> = {}): RunReport {
  return {
    ok: true,
    interrupted: false,
    durationMs: 2000,
    stages: [
      {
        name: 'clean',
        result: 'fresh',
        status: 'cached',
        reasons: [],
        durationMs: 0,
        savedMs: 300,
      },
      {
        name: 'model',
        result: 'ran',
        status: 'stale',
        reasons: [{ kind: 'param-changed', key: 'params.yaml:model.window', from: 7, to: 14 }],
        durationMs: 900,
        metrics: Object.fromEntries(head),
      },
    ],
    ...overrides,
  };
}

describe('metrics', () => {
  it('flattens nested keys to dotted paths, lists by index', () => {
    expect([...flattenMetrics({ a: { b: 1, c: [true, 'x'] }, d: 2 })]).toEqual([
      ['a.b', 1],
      ['a.c.0', true],
      ['a.c.1', 'x'],
      ['d', 2],
    ]);
  });

  it('diffs against a baseline, marking new and removed metrics', () => {
    const rows = diffMetrics(head, base);
    expect(rows.map((r) => [r.name, r.base, r.head, formatChange(r)])).toEqual([
      ['model.mae', 250, 240.58, '−9.42 (−3.77%)'],
      ['model.r2', 0.5, 0.5521, '+0.0521 (+10.4%)'],
      ['note', undefined, 'ok', 'new'],
      ['old', 1, undefined, 'removed'],
      ['rows', 1736, 1736, ''],
    ]);
  });

  it('formats numbers the way people write them', () => {
    expect(formatNumber(1234567)).toBe('1,234,567');
    expect(formatNumber(0.000012345)).toBe('1.234e-5');
    expect(formatNumber(3.14159265)).toBe('3.1416');
    expect(formatNumber(1234.5678)).toBe('1,234.57');
    expect(formatNumber(-0)).toBe('0');
    expect(formatNumber(0.012345)).toBe('0.01235');
  });
});

describe('pull request comment', () => {
  const marker = commentMarker('examples/sales/reprokit.yml');

  it('says what re-ran and why, links what was published, and diffs metrics against the base', () => {
    const body = pullRequestComment({
      marker,
      report: report(),
      baseline: { branch: 'main', metrics: base },
      links: [
        { name: 'report (artifact)', url: 'https://github.com/o/r/actions/runs/1/artifacts/9' },
      ],
      sha: 'abcdef1234567',
    });
    expect(body.split('\n').slice(0, 3)).toEqual([
      marker,
      '',
      '## ✅ reprokit: 1 ran, 0 restored, 1 fresh',
    ]);
    expect(body).toContain('| `model` | 🔨 ran | param params.yaml:model.window changed: 7 → 14 |');
    expect(body).toContain(
      '- [report (artifact)](https://github.com/o/r/actions/runs/1/artifacts/9)',
    );
    expect(body).toContain('| Metric | main | This PR | Change |');
    expect(body).toContain('| `metrics.json` model.r2 | 0.5 | 0.5521 | +0.0521 (+10.4%) |');
    expect(body).toContain('Commit abcdef1');
    expect(body).not.toContain('No baseline');
  });

  it('says "no baseline" when the base branch has no recorded metrics', () => {
    const body = pullRequestComment({
      marker,
      report: report(),
      baseline: { branch: 'main' },
      links: [],
      sha: 'x',
    });
    expect(body).toContain('| `metrics.json` model.r2 | — | 0.5521 | new |');
    expect(body).toContain(
      '_No baseline: no run on `main` has recorded metrics in the cache yet._',
    );
  });

  it('escapes names written by users (no markup injection through branch or stage names)', () => {
    const body = pullRequestComment({
      marker,
      report: report(),
      baseline: { branch: '<img src=x onerror=alert(1)>' },
      links: [],
      sha: 'x',
    });
    expect(body).not.toContain('<img');
    expect(body).toContain('&lt;img src=x onerror=alert(1)&gt;');
  });

  it('stays within GitHub’s comment limit with a note', () => {
    const stages = Array.from({ length: 3000 }, (_, i) => ({
      name: `stage_${i}`,
      result: 'ran' as const,
      status: 'stale' as const,
      reasons: [
        { kind: 'dep-changed' as const, path: 'data/some/long/path/to/a/file/that/changed.csv' },
      ],
      durationMs: 1,
    }));
    const body = pullRequestComment({ marker, report: report({ stages }), links: [], sha: 'x' });
    expect(body.length).toBeLessThanOrEqual(COMMENT_LIMIT);
    expect(body.startsWith(marker)).toBe(true);
    expect(body).toContain('Truncated: see the job summary for the full report.');
  });
});

describe('check run', () => {
  it('batches annotations 50 per request and sets the conclusion', () => {
    const pipeline: Pipeline = {
      manifestFile: 'reprokit.yml',
      format: 'reprokit',
      stages: [],
      publish: { artifacts: [] },
    };
    const graph = buildGraph(pipeline);
    if (!graph.ok) throw new Error('bad');
    const annotations = Array.from({ length: 120 }, (_, i) => ({
      path: 'reprokit.yml',
      start_line: i + 1,
      end_line: i + 1,
      annotation_level: 'failure' as const,
      title: `Stage s${i} failed`,
      message: 'boom',
    }));
    const content = checkRun(graph.value, report({ ok: false, stages: [] }), annotations);
    expect(content.conclusion).toBe('failure');
    expect(content.annotationBatches.map((b) => b.length)).toEqual([50, 50, 20]);
  });
});
