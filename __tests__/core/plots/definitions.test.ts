import { readDvcManifest } from '../../../src/core/dvc/read.js';
import { readReprokitManifest } from '../../../src/core/manifest/reprokit.js';
import { parseYamlNow } from '../../../src/core/manifest/yaml-reference.js';
import type { Pipeline } from '../../../src/core/pipeline.js';
import { collapsesFile, pipelinePlots } from '../../../src/core/plots/capture.js';

function doc(text: string): unknown {
  const parsed = parseYamlNow('m.yml', text);
  if (!parsed.ok) throw new Error('yaml');
  return parsed.value;
}

function reprokit(text: string): Pipeline {
  const read = readReprokitManifest('reprokit.yml', doc(text));
  if (!read.ok) throw new Error(read.error.map((d) => `${d.message} (${d.hint ?? ''})`).join('\n'));
  return read.value;
}

function reprokitErrors(text: string): string[] {
  const read = readReprokitManifest('reprokit.yml', doc(text));
  return read.ok ? [] : read.error.map((d) => `${d.message}${d.hint ? ` (${d.hint})` : ''}`);
}

async function dvc(text: string, file = 'dvc.yaml'): Promise<Pipeline> {
  const read = await readDvcManifest(file, doc(text), async () => ({ ok: false, diagnostics: [] }));
  if (!read.ok) throw new Error(read.error.map((d) => d.message).join('\n'));
  return read.value;
}

const STAGE = 'stages:\n  train:\n    cmd: node train.js\n';

describe('plot definitions', () => {
  it('reads the top-level forms of reprokit.yml: a path, a path with options, a named plot', () => {
    const pipeline = reprokit(
      `${STAGE}    outs: [logs/]\nplots:\n  - logs/loss.csv\n  - logs/acc.csv: {x: epoch, y: [train, val], template: smooth, title: Accuracy, x_label: Epoch, y_label: Acc}\n  - ROC:\n      x: {logs/roc.json: fpr}\n      y: {logs/roc.json: tpr, logs/roc-val.json: [tpr]}\n`,
    );
    expect(pipeline.plots).toEqual([
      expect.objectContaining({
        id: 'logs/loss.csv',
        template: 'linear',
        y: [{ file: 'logs/loss.csv' }],
      }),
      expect.objectContaining({
        id: 'logs/acc.csv',
        template: 'smooth',
        title: 'Accuracy',
        xLabel: 'Epoch',
        yLabel: 'Acc',
        x: { field: 'epoch' },
        y: [{ file: 'logs/acc.csv', fields: ['train', 'val'] }],
      }),
      expect.objectContaining({
        id: 'ROC',
        x: { field: 'fpr', file: 'logs/roc.json' },
        y: [
          { file: 'logs/roc.json', fields: ['tpr'] },
          { file: 'logs/roc-val.json', fields: ['tpr'] },
        ],
      }),
    ]);
  });

  it("reads a stage's plots outputs with their options, relative to wdir", () => {
    const pipeline = reprokit(
      `stages:\n  train:\n    cmd: node train.js\n    wdir: ml\n    plots:\n      - out/loss.csv\n      - {path: out/cm.csv, cache: false, template: confusion, x: actual, y: predicted}\n      - out/importance.png\n`,
    );
    const outs = pipeline.stages[0]?.outs ?? [];
    expect(outs.map((o) => [o.path, o.cache, o.plot?.template, o.plot?.image ?? false])).toEqual([
      ['ml/out/loss.csv', true, 'linear', false],
      ['ml/out/cm.csv', false, 'confusion', false],
      ['ml/out/importance.png', true, 'linear', true],
    ]);
    expect(pipelinePlots(pipeline).map((d) => d.id)).toEqual([
      'ml/out/loss.csv',
      'ml/out/cm.csv',
      'ml/out/importance.png',
    ]);
  });

  it('collapses only the files a confusion matrix reads (files and directories it names)', () => {
    const pipeline = reprokit(
      `stages:\n  train:\n    cmd: node train.js\n    plots:\n      - out/loss.csv\n      - {path: out/cm.csv, template: confusion, x: actual, y: predicted}\n      - {path: eval, template: confusion_normalized, x: actual, y: predicted}\n`,
    );
    const definitions = pipelinePlots(pipeline);
    expect(
      ['out/loss.csv', 'out/cm.csv', 'eval/test.csv', 'evaluation.csv'].map((p) =>
        collapsesFile(definitions, p),
      ),
    ).toEqual([false, true, true, false]);
  });

  it('reports an unknown template with the closest one, and duplicate plots', () => {
    expect(reprokitErrors(`${STAGE}plots:\n  - a.csv: {template: confusoin}\n  - a.csv\n`)).toEqual(
      [
        expect.stringMatching(/^unknown plot template "confusoin" \(did you mean "confusion"\?/),
        'plot "a.csv" is defined twice (give each plot its own name or file)',
      ],
    );
    expect(reprokitErrors(`${STAGE}plots:\n  - a.csv: {colour: red}\n`)).toEqual([
      expect.stringMatching(/unknown key "colour"/),
    ]);
    expect(reprokitErrors(`${STAGE}plots:\n  - ../outside.csv\n`)).toHaveLength(1);
  });

  it('a top-level definition overrides the same file declared as a stage plot', () => {
    const pipeline = reprokit(
      `${STAGE}    plots: [loss.csv]\nplots:\n  - loss.csv: {template: bar_horizontal}\n`,
    );
    expect(pipelinePlots(pipeline).map((d) => [d.id, d.template])).toEqual([
      ['loss.csv', 'bar_horizontal'],
    ]);
  });

  it('reads dvc.yaml top-level plots relative to its directory and per-stage plots options', async () => {
    const pipeline = await dvc(
      'stages:\n  train:\n    cmd: python train.py\n    plots:\n      - logs/loss.tsv: {x: step, y: loss, cache: false}\nplots:\n  - eval/cm.json: {template: confusion_normalized, x: actual, y: predicted}\n',
      'sub/dvc.yaml',
    );
    expect(pipelinePlots(pipeline).map((d) => [d.id, d.template, d.x?.field, d.y])).toEqual([
      [
        'sub/eval/cm.json',
        'confusion_normalized',
        'actual',
        [{ file: 'sub/eval/cm.json', fields: ['predicted'] }],
      ],
      ['sub/logs/loss.tsv', 'linear', 'step', [{ file: 'sub/logs/loss.tsv', fields: ['loss'] }]],
    ]);
    expect(pipeline.stages[0]?.outs[0]?.cache).toBe(false);
  });
});
