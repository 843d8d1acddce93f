import { buildGraph } from '../../src/core/graph.js';
import type { Pipeline, Stage } from '../../src/core/pipeline.js';
import type { Reason } from '../../src/core/reasons.js';
import type { RunReport, StageReport } from '../../src/engine/events.js';
import { escapeMarkdown, truncateMarkdown } from '../../src/report/markdown.js';
import { jobSummary, MERMAID_STAGE_LIMIT, STEP_SUMMARY_LIMIT } from '../../src/report/summary.js';

const ref = { file: 'reprokit.yml', path: [] };

function chain(n: number, name = (i: number) => `stage_${i}`): Pipeline {
  const stages: Stage[] = Array.from({ length: n }, (_, i) => ({
    name: name(i),
    cmd: ['true'],
    wdir: '',
    env: {},
    shell: 'bash',
    deps: i === 0 ? [] : [{ path: `out/${i - 1}`, kind: 'file-or-dir', source: ref }],
    params: [],
    outs: [{ path: `out/${i}`, cache: true, persist: false, metric: false, source: ref }],
    needs: [],
    alwaysRun: false,
    frozen: false,
    source: ref,
  }));
  return { manifestFile: 'reprokit.yml', format: 'reprokit', stages, publish: { artifacts: [] } };
}

function report(
  pipeline: Pipeline,
  result: (i: number) => StageReport['result'],
  reason: Reason = { kind: 'dep-changed', path: 'data.csv' },
): RunReport {
  return {
    ok: true,
    interrupted: false,
    durationMs: 1234,
    stages: pipeline.stages.map((s, i) => ({
      name: s.name,
      result: result(i),
      status: result(i) === 'ran' ? 'stale' : 'fresh',
      reasons: result(i) === 'ran' ? [reason] : [],
      durationMs: 10,
      savedMs: 1000,
    })),
  };
}

function graphOf(pipeline: Pipeline) {
  const graph = buildGraph(pipeline);
  if (!graph.ok) throw new Error('bad test pipeline');
  return graph.value;
}

describe('job summary', () => {
  it('has the headline, totals, a table row per stage and a coloured Mermaid DAG', () => {
    const pipeline = chain(3);
    const text = jobSummary(
      graphOf(pipeline),
      report(pipeline, (i) => (i === 2 ? 'ran' : 'fresh')),
    );
    expect(text).toContain('## ✅ reprokit: 1 ran, 0 restored, 2 fresh');
    expect(text).toContain('Reuse saved about **2.0 s** of stage time');
    expect(text).toContain('| `stage_2` | 🔨 ran | 10 ms | dep data.csv changed |');
    expect(text).toContain('```mermaid\nflowchart LR\n  s0["stage_0<br/><small>fresh</small>"]');
    expect(text).toContain('  s1 --> s2');
    expect(text).toContain('  class s2 ran');
  });

  it('leaves out the diagram for large pipelines and stays under the step summary limit', () => {
    const pipeline = chain(5000);
    const long = 'x'.repeat(400);
    const text = jobSummary(
      graphOf(pipeline),
      report(pipeline, () => 'ran', { kind: 'dep-changed', path: long }),
    );
    expect(pipeline.stages.length).toBeGreaterThan(MERMAID_STAGE_LIMIT);
    expect(text.length).toBeLessThanOrEqual(STEP_SUMMARY_LIMIT);
    expect(text).toContain('Truncated: the full report is in the job log.');
    expect(text).not.toContain('```mermaid');
  });

  it('escapes what users wrote so it cannot break the table or inject markup', () => {
    expect(escapeMarkdown('a|b <img src=x> @team `x` [l](u)\nnext')).toBe(
      'a\\|b &lt;img src=x&gt; @\u200bteam \\`x\\` \\[l\\](u) next',
    );
  });

  it('truncates at a line boundary, closing an open code fence', () => {
    const text = 'line one\n```mermaid\n' + 'graph\n'.repeat(100);
    const cut = truncateMarkdown(text, 200, 'cut');
    expect(cut.length).toBeLessThanOrEqual(200);
    expect(cut).toMatch(/\n```\n\n> \[!NOTE\]\n> cut\n$/);
  });
});
