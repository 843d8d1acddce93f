import { evenIndexes, recordedTable } from '../../../src/core/plots/bound.js';
import { isPlotTable, parsePlotFile, plotFormat } from '../../../src/core/plots/parse.js';
import type { PlotTable } from '../../../src/core/plots/types.js';
import { PLOT_LIMITS } from '../../../src/core/plots/types.js';

async function table(path: string, text: string): Promise<PlotTable> {
  const parsed = await parsePlotFile(path, text);
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.value;
}

async function problem(path: string, text: string): Promise<string> {
  const parsed = await parsePlotFile(path, text);
  if (parsed.ok) throw new Error(`expected a problem with ${path}`);
  return parsed.error;
}

describe('plots data files', () => {
  it('reads CSV with quoted cells, a BOM, CRLF and numbers', async () => {
    expect(
      await table('loss.csv', '\ufeffepoch,loss,"note, quoted"\r\n1,0.5,"a ""b"""\r\n2,0.25,\r\n'),
    ).toEqual({
      fields: ['epoch', 'loss', 'note, quoted'],
      rows: [
        [1, 0.5, 'a "b"'],
        [2, 0.25, null],
      ],
    });
  });

  it('reads TSV, JSON lists, JSON objects holding a list, and YAML', async () => {
    expect((await table('a.tsv', 'x\ty\n1\t2\n')).rows).toEqual([[1, 2]]);
    expect(await table('a.json', '[{"x": 1, "y": 2}, {"x": 2, "y": 3, "extra": true}]')).toEqual({
      fields: ['x', 'y', 'extra'],
      rows: [
        [1, 2, null],
        [2, 3, 'true'],
      ],
    });
    expect(
      (await table('roc.json', '{"roc": [{"fpr": 0, "tpr": 0}, {"fpr": 1, "tpr": 1}]}')).fields,
    ).toEqual(['fpr', 'tpr']);
    expect((await table('a.yaml', '- {step: 0, acc: 0.5}\n- {step: 1, acc: 0.7}\n')).rows).toEqual([
      [0, 0.5],
      [1, 0.7],
    ]);
  });

  it('gives a sentence naming the file for malformed, empty or unknown files (never throws)', async () => {
    expect(await problem('bad.json', '{"x": [1, 2')).toBe(
      'plots file bad.json is not valid JSON; it is not read',
    );
    expect(await problem('n.json', '{"x": 1}')).toBe(
      'plots file n.json holds no list of objects (rows); it is not read',
    );
    expect(await problem('e.csv', '')).toBe('plots file e.csv has no header row; it is not read');
    expect(await problem('h.csv', 'a,b\n')).toBe(
      'plots file h.csv has a header but no rows; it is not read',
    );
    expect(await problem('x.txt', 'a')).toBe(
      'plots file x.txt is not CSV, TSV, JSON or YAML; it is not read',
    );
    expect(await problem('big.csv', 'a\n' + '1\n'.repeat(PLOT_LIMITS.fileBytes / 2))).toMatch(
      /over \d+ bytes/,
    );
    for (const hostile of [
      '[[[[[[',
      '- !!js/function x',
      '"',
      '\u0000,\u0000\n\u0000',
      '{"__proto__": [{"a": 1}]}',
    ])
      for (const ext of ['csv', 'json', 'yaml'])
        await expect(parsePlotFile(`h.${ext}`, hostile)).resolves.toMatchObject({
          ok: expect.any(Boolean),
        });
  });

  it('bounds cells and fields', async () => {
    const wide = Array.from({ length: 50 }, (_, i) => `f${i}`).join(',');
    expect((await table('w.csv', `${wide}\n${'1,'.repeat(49)}1\n`)).fields).toHaveLength(
      PLOT_LIMITS.fields,
    );
    const long = (await table('l.csv', `a\n${'x'.repeat(1000)}\n`)).rows[0]?.[0] as string;
    expect(long).toHaveLength(PLOT_LIMITS.cellChars);
  });

  it('knows formats by extension', () => {
    expect(
      ['a.CSV', 'b.tsv', 'c.json', 'd.yml', 'e.yaml', 'f.png', 'g.svg', 'h.txt'].map(plotFormat),
    ).toEqual(['csv', 'tsv', 'json', 'yaml', 'yaml', 'image', 'image', undefined]);
  });

  it('checks recorded tables read back from a cache', () => {
    expect(isPlotTable({ fields: ['a'], rows: [[1]] })).toBe(true);
    expect(isPlotTable({ fields: ['a'], rows: [[1, 2]] })).toBe(false);
    expect(isPlotTable({ fields: ['a'], rows: [[1]], counts: [] })).toBe(false);
    expect(isPlotTable('x')).toBe(false);
  });
});

describe('recording plots tables', () => {
  it('spreads kept rows evenly and keeps the first and the last', () => {
    expect(evenIndexes(10, 4)).toEqual([0, 3, 6, 9]);
    expect(evenIndexes(3, 10)).toEqual([0, 1, 2]);
    expect(evenIndexes(5, 1)).toEqual([4]);
  });

  it('thins long curves with a notice naming the file', () => {
    const rows = Array.from({ length: 5000 }, (_, i) => [i, 1 / (i + 1)]);
    const recorded = recordedTable(
      'loss.csv',
      { fields: ['step', 'loss'], rows },
      { collapse: false },
    );
    if (!recorded.ok) throw new Error(recorded.notice);
    expect(recorded.table.rows).toHaveLength(PLOT_LIMITS.recordedRows);
    expect(recorded.table.rows[0]).toEqual([0, 1]);
    expect(recorded.table.rows.at(-1)).toEqual([4999, 1 / 5000]);
    expect(recorded.table.sampledFrom).toBe(5000);
    expect(recorded.notice).toBe(
      'plots file loss.csv has 5000 rows; 1000 evenly spaced ones are recorded',
    );
  });

  it('collapses confusion-matrix rows into exact counts instead of thinning them', () => {
    const rows = Array.from({ length: 3000 }, (_, i) => [i % 2, (i % 3) % 2]);
    const recorded = recordedTable(
      'cm.csv',
      { fields: ['actual', 'predicted'], rows },
      { collapse: true },
    );
    if (!recorded.ok) throw new Error(recorded.notice);
    expect(recorded.notice).toBeUndefined();
    expect(recorded.table.rows).toHaveLength(4);
    expect(recorded.table.counts?.reduce((a, b) => a + b, 0)).toBe(3000);
  });

  it('does not record what stays too large', () => {
    const rows = Array.from({ length: 900 }, () => ['x'.repeat(150)]);
    const recorded = recordedTable('t.csv', { fields: ['text'], rows }, { collapse: false });
    expect(recorded.ok).toBe(false);
    expect(recorded.notice).toMatch(/^plots file t.csv is still \d+ bytes .*it is not recorded$/);
  });
});
