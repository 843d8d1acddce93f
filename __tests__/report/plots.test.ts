import { jest } from '@jest/globals';
import type { PlotDefinition, PlotTable } from '../../src/core/plots/types.js';
import type { RunReport } from '../../src/engine/events.js';
import { pullRequestComment } from '../../src/report/feedback.js';
import { plainNumber } from '../../src/report/plots-markdown.js';
import { plotsSection } from '../../src/report/plots-section.js';
import { mermaidBlocks, parseMermaid } from '../support/mermaid.js';

// The real Mermaid parses in a child process (seconds on a loaded machine): results, not speed.
jest.setTimeout(10 * 60_000);

const curve = (n: number, f: (i: number) => number): PlotTable => ({
  fields: ['epoch', 'loss'],
  rows: Array.from({ length: n }, (_, i) => [i + 1, f(i)]),
});

const HOSTILE = 'x"]<img src=x onerror=alert(1)>|`%%{init}%%\n## @here';

const definitions: PlotDefinition[] = [
  {
    id: 'logs/loss.csv',
    template: 'linear',
    title: 'Training loss',
    x: { field: 'epoch' },
    y: [{ file: 'logs/loss.csv' }],
  },
  {
    id: 'logs/bars.csv',
    template: 'bar_horizontal_sorted',
    y: [{ file: 'logs/bars.csv', fields: ['importance'] }],
    x: { field: 'feature' },
  },
  {
    id: 'logs/points.csv',
    template: 'scatter',
    x: { field: 'actual' },
    y: [{ file: 'logs/points.csv', fields: ['predicted'] }],
  },
  {
    id: 'eval/cm.csv',
    template: 'confusion',
    x: { field: 'actual' },
    y: [{ file: 'eval/cm.csv', fields: ['predicted'] }],
  },
  {
    id: HOSTILE,
    template: 'linear',
    title: HOSTILE,
    x: { field: HOSTILE },
    y: [{ file: 'logs/hostile.csv' }],
  },
  {
    id: 'eval/importance.png',
    template: 'linear',
    y: [{ file: 'eval/importance.png' }],
    image: true,
  },
];

function side(shift: number): Map<string, PlotTable> {
  return new Map<string, PlotTable>([
    ['logs/loss.csv', curve(200, (i) => 1 / (i + 1 + shift) + 1e-7)],
    [
      'logs/bars.csv',
      {
        fields: ['feature', 'importance'],
        rows: [
          ['age', 0.3 + shift / 10],
          ['income', 0.5],
          ['zip "code"', -0.1],
        ],
      },
    ],
    [
      'logs/points.csv',
      {
        fields: ['actual', 'predicted'],
        rows: [
          [1, 1.1],
          [1, 0.9],
          [3, 2.5 + shift],
          [2, 2],
        ],
      },
    ],
    [
      'eval/cm.csv',
      {
        fields: ['actual', 'predicted'],
        rows: [
          ['cat', 'cat'],
          ['cat', 'dog'],
          ['dog', 'dog'],
        ],
        counts: [10 + shift, 2, 7],
      },
    ],
    [
      'logs/hostile.csv',
      {
        fields: [HOSTILE, 'v|al'],
        rows: [
          [HOSTILE, 1],
          ['b', 2 + shift],
        ],
      },
    ],
  ]);
}

function report(plots: Map<string, PlotTable>): RunReport {
  return {
    ok: true,
    interrupted: false,
    durationMs: 10,
    stages: [
      {
        name: 'train',
        result: 'ran',
        status: 'stale',
        reasons: [],
        durationMs: 5,
        plots: Object.fromEntries(plots),
      },
    ],
  };
}

const baseline = { branch: 'main', kind: 'base' as const, metrics: new Map(), plots: side(0) };

describe('plots in the job summary and the pull-request comment', () => {
  const summary = plotsSection(report(side(2)), baseline, {
    definitions,
    imageLink: (file) =>
      file === 'eval/importance.png' ? 'https://example.test/a b.png' : undefined,
    budget: 256 * 1024,
  });

  it('draws every chart base vs this PR in one xychart, and every block parses with Mermaid', async () => {
    const blocks = mermaidBlocks(summary);
    expect(blocks).toHaveLength(4);
    expect(await parseMermaid(blocks)).toEqual([null, null, null, null]);
    const loss = blocks[0] as string;
    expect(loss).toContain('xychart-beta\n  title "Training loss"');
    expect(loss.match(/^ {2}line \[/gm)).toHaveLength(2);
    // thinned to a readable number of points, the last epoch kept
    expect(loss).toMatch(/x-axis "epoch" \["1", .*"200"\]/);
    expect(
      loss
        .split('\n')
        .find((l) => l.startsWith('  x-axis'))
        ?.split('", "'),
    ).toHaveLength(30);
    expect(blocks[1]).toContain('xychart-beta horizontal');
    expect(blocks[1]).toMatch(/^ {2}bar \[/m);
    expect(summary).toContain('light blue `loss` main (base) · blue `loss` This PR');
    expect(summary).toContain('30 of 200 x values shown.');
  });

  it('folds the values under each chart and shows confusion matrices with changes', () => {
    expect(summary).toContain('<details><summary>Values: Training loss</summary>');
    expect(summary).toContain('| epoch | loss: main (base) | loss: This PR |');
    expect(summary).toContain('| **cat** | 12 (+2) | 2 |');
    expect(summary).toContain('| actual \\\\ predicted | cat | dog |');
    expect(summary).toContain('An image: [eval/importance.png](https://example.test/a%20b.png)');
  });

  it('escapes user strings in Markdown and in Mermaid text', () => {
    const prose = summary.replace(/```mermaid\n[\s\S]*?\n```/g, '');
    expect(prose).not.toContain('<img');
    expect(prose).not.toContain('@here');
    expect(prose).toContain(
      '#### x"\\]&lt;img src=x onerror=alert(1)&gt;\\|\\`%%{init}%% ## @\u200bhere',
    );
    for (const block of mermaidBlocks(summary)) {
      expect(block).not.toContain('%%{');
      for (const line of block.split('\n').slice(6)) expect(line.split('"').length % 2).toBe(1);
    }
  });

  it('writes numbers Mermaid can read (no exponents)', () => {
    expect(['1e-7', '-2.5e-9', '3e12', '0.5'].map((n) => plainNumber(Number(n)))).toEqual([
      '0.0000001',
      '-0.0000000025',
      '3000000000000',
      '0.5',
    ]);
  });

  it('says when there is no baseline yet, and draws this run alone', () => {
    const alone = plotsSection(
      report(side(0)),
      { branch: 'main', kind: 'base' },
      { definitions, budget: 100_000 },
    );
    expect(alone).toContain('_No baseline: no run on `main` has recorded plots in the cache yet._');
    expect(mermaidBlocks(alone)[0]?.match(/^ {2}line \[/gm)).toHaveLength(1);
    const push = plotsSection(
      report(side(1)),
      { branch: 'main', kind: 'previous', plots: side(0) },
      { definitions, budget: 100_000 },
    );
    expect(push).toContain('`loss` Previous run (main) · blue `loss` This run');
  });

  it('keeps the comment within its limit: metrics first, plots whole or counted', async () => {
    const many: PlotDefinition[] = Array.from({ length: 80 }, (_, i) => ({
      id: `p${i}.csv`,
      template: 'linear',
      y: [{ file: 'logs/loss.csv' }],
    }));
    const body = pullRequestComment({
      marker: '<!-- m -->',
      report: report(side(1)),
      baseline,
      links: [],
      sha: 'abcdef1',
      plots: { definitions: many },
      limit: 40_000,
    });
    // GitHub's limit counts bytes: the plots' dashes and arrows are several bytes each.
    expect(Buffer.byteLength(body, 'utf8')).toBeLessThanOrEqual(40_000);
    expect(body).toMatch(/_\d+ more plots did not fit here: see the job summary_/);
    // every table that starts ends whole: no cut inside a fenced block or a table
    expect((body.match(/^```/gm) ?? []).length % 2).toBe(0);
    const blocks = mermaidBlocks(body);
    expect(blocks.length).toBeGreaterThan(0);
    expect((await parseMermaid(blocks)).every((r) => r === null)).toBe(true);
  });
});
