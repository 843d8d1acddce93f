import { jest } from '@jest/globals';
import { buildGraph } from '../../src/core/graph.js';
import type { Graph } from '../../src/core/graph.js';
import type { Pipeline, Stage } from '../../src/core/pipeline.js';
import type { RunReport, StageReport } from '../../src/engine/events.js';
import {
  COMMENT_LIMIT,
  checkRun,
  metricsSection,
  pullRequestComment,
} from '../../src/report/feedback.js';
import { jobSummary } from '../../src/report/summary.js';
import { mermaidBlocks, parseMermaid } from '../support/mermaid.js';

// Parsing with the real Mermaid runs in a child process (jsdom + mermaid load for seconds on a
// loaded machine): these tests check results, never speed.
jest.setTimeout(10 * 60_000);

/**
 * Summaries, check runs and comments at 1,000 stages: every Mermaid block parses with the real
 * `mermaid` package and its default limits (500 edges, 50,000 characters), tables with hostile
 * stage names stay tables, nothing is cut inside a table.
 */
const ref = { file: 'reprokit.yml', path: [] };

function stage(name: string, deps: readonly string[], out = `out/${name}`): Stage {
  return {
    name,
    cmd: ['true'],
    wdir: '',
    env: {},
    shell: 'bash',
    deps: deps.map((path) => ({ path, kind: 'file-or-dir' as const, source: ref })),
    params: [],
    outs: [{ path: out, cache: true, persist: false, metric: out.endsWith('.json'), source: ref }],
    needs: [],
    alwaysRun: false,
    frozen: false,
    source: ref,
  };
}

/** `layers` layers of `width` stages; each reads two stages of the layer before. */
function layered(layers: number, width: number, name = (l: number, i: number) => `s${l}_${i}`) {
  const stages: Stage[] = [];
  for (let l = 0; l < layers; l++)
    for (let i = 0; i < width; i++) {
      const deps =
        l === 0
          ? []
          : [`out/${name(l - 1, i)}`, `out/${name(l - 1, (i + 1) % width)}`].filter(
              (d, k, all) => all.indexOf(d) === k,
            );
      stages.push(stage(name(l, i), deps, `out/${name(l, i)}`));
    }
  return pipelineOf(stages);
}

function pipelineOf(stages: Stage[]): Pipeline {
  return { manifestFile: 'reprokit.yml', format: 'reprokit', stages, publish: { artifacts: [] } };
}

function graphOf(pipeline: Pipeline): Graph {
  const graph = buildGraph(pipeline);
  if (!graph.ok) throw new Error(graph.error.map((d) => d.message).join('; '));
  return graph.value;
}

function reportOf(pipeline: Pipeline, result: (s: Stage) => StageReport['result']): RunReport {
  return {
    ok: pipeline.stages.every((s) => result(s) !== 'failed'),
    interrupted: false,
    durationMs: 1000,
    stages: pipeline.stages.map((s) => ({
      name: s.name,
      result: result(s),
      status: result(s) === 'fresh' ? 'fresh' : 'stale',
      reasons:
        result(s) === 'ran'
          ? [{ kind: 'param-changed' as const, key: 'p.yaml:x', from: 1, to: 2 }]
          : [],
      durationMs: 5,
    })),
  };
}

function edgesOf(diagram: string): number {
  return diagram.split('\n').filter((l) => /^\s+s\d+ (-->|-\.->) s\d+$/.test(l)).length;
}

/** Every line of every table has the same number of unescaped cell separators as its header. */
function expectIntactTables(markdown: string): void {
  const lines = markdown.split('\n');
  for (let i = 0; i < lines.length; i++) {
    if (!/^\| .* \|$/.test(lines[i] as string) || !/^\| -/.test(lines[i + 1] ?? '')) continue;
    const cells = (line: string) => line.replace(/\\\|/g, '').split('|').length;
    const width = cells(lines[i] as string);
    for (let j = i; j < lines.length && (lines[j] as string).startsWith('|'); j++)
      expect([lines[j], cells(lines[j] as string)]).toEqual([lines[j], width]);
  }
}

describe('reports at 1,000 stages', () => {
  const pipeline = layered(10, 100);
  const graph = graphOf(pipeline);

  it('nothing changed: the DAG folds into layers, parses and has at most 500 edges', async () => {
    const text = jobSummary(
      graph,
      reportOf(pipeline, () => 'fresh'),
    );
    const [diagram] = mermaidBlocks(text);
    expect(diagram).toBeDefined();
    expect(edgesOf(diagram as string)).toBeLessThanOrEqual(500);
    expect(text).toContain('each node is a layer of the DAG');
    expect(await parseMermaid([diagram as string])).toEqual([null]);
    // nothing ran: the table lists every stage, unfolded
    expect(text).not.toContain('<details><summary>1000');
  });

  it('one leaf changed: the diagram shows it and its neighbours; the table lists it first', async () => {
    const leaf = 's9_42';
    const report = reportOf(pipeline, (s) => (s.name === leaf ? 'ran' : 'fresh'));
    const text = jobSummary(graph, report);
    const [diagram] = mermaidBlocks(text);
    expect(diagram).toContain('s9_42');
    expect(text).toContain('showing what changed (1 node) and its direct neighbours');
    expect(await parseMermaid([diagram as string])).toEqual([null]);
    const firstRow = text.split('\n').find((l) => l.startsWith('| `'));
    expect(firstRow).toContain('`s9_42`');
    expect(text).toContain('<details><summary>999 stages reused (restored or fresh)</summary>');
    const check = checkRun(graph, report, []);
    expect(check.summary.length).toBeLessThanOrEqual(65_535);
    expect(await parseMermaid(mermaidBlocks(check.summary))).toEqual(
      mermaidBlocks(check.summary).map(() => null),
    );
  });

  it('foreach groups fold into one node each when the stages do not fit', async () => {
    const stages: Stage[] = [stage('prepare', [])];
    for (let i = 0; i < 300; i++) stages.push(stage(`train@${i}`, ['out/prepare']));
    for (let i = 0; i < 300; i++) stages.push(stage(`eval@${i}`, [`out/train@${i}`]));
    const p = pipelineOf(stages);
    const text = jobSummary(
      graphOf(p),
      reportOf(p, () => 'ran'),
    );
    const [diagram] = mermaidBlocks(text);
    expect(diagram).toContain('train@… (300 stages)');
    expect(text).toContain('each foreach/matrix group is drawn as one node');
    expect(await parseMermaid([diagram as string])).toEqual([null]);
  });

  it('a chain deeper than 500 draws bands of layers', async () => {
    const stages = Array.from({ length: 1200 }, (_, i) =>
      stage(`c${i}`, i === 0 ? [] : [`out/c${i - 1}`]),
    );
    const p = pipelineOf(stages);
    const text = jobSummary(
      graphOf(p),
      reportOf(p, () => 'ran'),
    );
    const [diagram] = mermaidBlocks(text);
    expect(edgesOf(diagram as string)).toBeLessThanOrEqual(500);
    expect(await parseMermaid([diagram as string])).toEqual([null]);
  });
});

describe('hostile stage names', () => {
  const names = ['a|b', '`x`', '<script>alert(1)</script>', 'two\nlines', 'say "hi"', '#quot;'];
  const stages = names.map((n, i) => stage(n, i === 0 ? [] : [`out/h${i - 1}`], `out/h${i}`));
  const pipeline = pipelineOf(stages);
  const graph = graphOf(pipeline);
  const report = reportOf(pipeline, (s) => (s.name === 'a|b' ? 'failed' : 'ran'));

  it('stay table cells and Mermaid labels', async () => {
    const text = jobSummary(graph, report);
    expectIntactTables(text);
    // only inside code spans, where Markdown shows it as text
    expect(text.replace(/`[^`\n]*`/g, '')).not.toContain('<script>');
    const [diagram] = mermaidBlocks(text);
    expect(await parseMermaid([diagram as string])).toEqual([null]);
    expect(diagram).toContain('s0["a|b');
    expect(diagram).toContain('#96;x#96;');
    expect(diagram).toContain('#35;quot;');
    const comment = pullRequestComment({ marker: '<!-- m -->', report, links: [], sha: 'abcdef1' });
    expectIntactTables(comment);
    expect(comment.replace(/`[^`\n]*`/g, '')).not.toContain('<script>');
  });
});

describe('the pull request comment', () => {
  const stages = Array.from({ length: 3000 }, (_, i) => stage(`stage_${i}_${'n'.repeat(40)}`, []));
  stages.push(stage('evaluate', [], 'metrics.json'));
  const pipeline = pipelineOf(stages);
  const report: RunReport = {
    ...reportOf(pipeline, () => 'ran'),
    stages: reportOf(pipeline, () => 'ran').stages.map((s) =>
      s.name === 'evaluate' ? { ...s, metrics: { 'metrics.json': { r2: 0.9, rows: 10 } } } : s,
    ),
  };

  it('puts metrics first, cuts no table and links to the run past the size limit', () => {
    const body = pullRequestComment({
      marker: '<!-- m -->',
      report,
      links: [],
      sha: 'abcdef1234',
      runUrl: 'https://github.com/o/r/actions/runs/7',
      baseline: {
        branch: 'main',
        kind: 'base',
        metrics: new Map([['metrics.json', { r2: 0.8, rows: 10 }]]),
      },
    });
    expect(Buffer.byteLength(body)).toBeLessThanOrEqual(COMMENT_LIMIT);
    expect(body.indexOf('### Metrics')).toBeGreaterThan(0);
    expect(body.indexOf('### Metrics')).toBeLessThan(body.indexOf('### What re-ran'));
    expect(body).toContain('| Metric | main (base) | This PR | Change |');
    expect(body).toContain('https://github.com/o/r/actions/runs/7');
    expect(body).toMatch(/\| … and \d+ more \|/);
    expectIntactTables(body);
  });
});

describe('metrics against a baseline', () => {
  const base = new Map<string, unknown>([
    ['metrics.json', { r2: 0.5, rows: 10 }],
    ['eval/metrics.json', { acc: 0.9 }],
  ]);
  const stages = [stage('train', [], 'metrics.json'), stage('evaluate', [], 'eval/metrics.json')];
  const pipeline = pipelineOf(stages);

  it('a failed stage\'s metrics are "not produced", not "removed"; unchanged ones fold', () => {
    const report: RunReport = {
      ...reportOf(pipeline, (s) => (s.name === 'evaluate' ? 'failed' : 'ran')),
    };
    const withMetrics: RunReport = {
      ...report,
      stages: report.stages.map((s) =>
        s.name === 'train' ? { ...s, metrics: { 'metrics.json': { r2: 0.6, rows: 10 } } } : s,
      ),
    };
    const text = metricsSection(
      withMetrics,
      { branch: 'main', kind: 'previous', metrics: base },
      { notProduced: new Map([['eval/metrics.json', 'failed']]) },
    );
    expect(text).toContain('| Metric | Previous run (main) | This run | Change |');
    expect(text).toContain('not produced (stage failed)');
    expect(text).not.toContain('removed');
    expect(text).toContain('<details><summary>1 unchanged metric</summary>');
    // the changed metric is above the fold, the unchanged one below it
    expect(text.indexOf('r2')).toBeLessThan(text.indexOf('<details>'));
    expect(text.indexOf(' rows ')).toBeGreaterThan(text.indexOf('<details>'));
  });
});
