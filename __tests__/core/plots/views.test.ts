import { chartGrid } from '../../../src/core/plots/grid.js';
import type { PlotDefinition, PlotTable } from '../../../src/core/plots/types.js';
import type { ChartView, ConfusionView } from '../../../src/core/plots/views.js';
import { matrixCell, plotViews } from '../../../src/core/plots/views.js';

const t = (
  fields: string[],
  rows: (string | number)[][],
  extra: Partial<PlotTable> = {},
): PlotTable => ({
  fields,
  rows,
  ...extra,
});
const files = (entries: Record<string, PlotTable>) => new Map(Object.entries(entries));

describe('plot views', () => {
  it("uses DVC's defaults: x is the row number (step), y the last field", () => {
    const def: PlotDefinition = { id: 'loss.csv', template: 'linear', y: [{ file: 'loss.csv' }] };
    const [view] = plotViews(
      [def],
      files({
        'loss.csv': t(
          ['epoch', 'loss'],
          [
            [1, 0.9],
            [2, 0.5],
          ],
        ),
      }),
      files({
        'loss.csv': t(
          ['epoch', 'loss'],
          [
            [1, 1],
            [2, 0.8],
            [3, 0.7],
          ],
        ),
      }),
    ) as [ChartView];
    expect(view.xLabel).toBe('step');
    expect(view.yLabel).toBe('loss');
    expect(view.series.map((s) => [s.side, s.label, s.points.map((p) => `${p.x}:${p.y}`)])).toEqual(
      [
        ['base', 'loss', ['0:1', '1:0.8', '2:0.7']],
        ['head', 'loss', ['0:0.9', '1:0.5']],
      ],
    );
  });

  it('draws named plots over several files, x from another file, problems listed', () => {
    const def: PlotDefinition = {
      id: 'ROC',
      template: 'simple',
      x: { field: 'fpr' },
      y: [
        { file: 'train.json', fields: ['tpr'] },
        { file: 'test.json', fields: ['tpr', 'nope'] },
      ],
    };
    const head = files({
      'train.json': t(
        ['fpr', 'tpr'],
        [
          [0, 0],
          [1, 1],
        ],
      ),
      'test.json': t(
        ['fpr', 'tpr'],
        [
          [0, 0],
          [0.5, 0.8],
          [1, 1],
        ],
      ),
    });
    const [view] = plotViews([def], head, undefined) as [ChartView];
    expect(view.series.map((s) => s.label)).toEqual(['train.json: tpr', 'test.json: tpr']);
    expect(view.problems).toEqual(['test.json: no field "nope"']);
  });

  it('expands a directory plot into one plot per data file, and leaves plots without data out', () => {
    const defs: PlotDefinition[] = [
      { id: 'logs', template: 'linear', y: [{ file: 'logs' }] },
      { id: 'gone.csv', template: 'linear', y: [{ file: 'gone.csv' }] },
      { id: 'fig.png', template: 'linear', y: [{ file: 'fig.png' }], image: true },
    ];
    const head = files({ 'logs/a.csv': t(['v'], [[1]]), 'logs/b.csv': t(['v'], [[2]]) });
    expect(plotViews(defs, head, undefined).map((v) => [v.kind, v.id])).toEqual([
      ['chart', 'logs/a.csv'],
      ['chart', 'logs/b.csv'],
      ['image', 'fig.png'],
    ]);
  });

  it('counts confusion matrices (collapsed counts included) and normalises by actual class', () => {
    const def: PlotDefinition = {
      id: 'cm.csv',
      template: 'confusion_normalized',
      x: { field: 'actual' },
      y: [{ file: 'cm.csv', fields: ['predicted'] }],
    };
    const head = files({
      'cm.csv': t(
        ['actual', 'predicted'],
        [
          ['cat', 'cat'],
          ['cat', 'dog'],
          ['dog', 'dog'],
        ],
        { counts: [3, 1, 4] },
      ),
    });
    const [view] = plotViews([def], head, undefined) as [ConfusionView];
    const m = view.matrices[0]?.head;
    if (!m) throw new Error('no matrix');
    expect(m.labels).toEqual(['cat', 'dog']);
    expect(matrixCell(m, 'cat', 'cat', false)).toBe(3);
    expect(matrixCell(m, 'cat', 'dog', true)).toBe(0.25);
    expect(matrixCell(m, 'dog', 'cat', true)).toBe(0);
  });
});

describe('chart grids', () => {
  const view = (series: ChartView['series'], numericX = true): ChartView => ({
    kind: 'chart',
    id: 'x',
    title: 'x',
    style: 'line',
    horizontal: false,
    xLabel: 'x',
    yLabel: 'y',
    numericX,
    series,
    problems: [],
    sampled: false,
  });

  it('puts both sides on one thinned x axis, interpolating inside each range only', () => {
    const grid = chartGrid(
      view([
        {
          label: 'y',
          side: 'base',
          points: [
            { x: 0, y: 0 },
            { x: 10, y: 10 },
          ],
        },
        { label: 'y', side: 'head', points: [0, 2, 4, 6, 8, 10, 12].map((x) => ({ x, y: 1 })) },
      ]),
      4,
    );
    expect(grid.xs).toEqual([0, 4, 8, 12]);
    expect(grid.values).toEqual([
      [0, 4, 8, null],
      [1, 1, 1, 1],
    ]);
  });

  it('keeps categories in order with exact matches', () => {
    const grid = chartGrid(
      view(
        [
          { label: 'n', side: 'base', points: [{ x: 'a', y: 1 }] },
          {
            label: 'n',
            side: 'head',
            points: [
              { x: 'b', y: 2 },
              { x: 'a', y: 3 },
            ],
          },
        ],
        false,
      ),
      10,
    );
    expect(grid).toEqual({
      xs: ['a', 'b'],
      values: [
        [1, null],
        [3, 2],
      ],
    });
  });
});
