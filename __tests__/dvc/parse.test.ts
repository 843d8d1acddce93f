import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { NodeWorkspace } from '../../src/adapters/local/node-workspace.js';
import { formatDiagnostic } from '../../src/core/format-diagnostic.js';
import { buildGraph } from '../../src/core/graph.js';
import { readDvcManifest } from '../../src/core/dvc/read.js';
import { openLocator, parseYaml } from '../../src/core/manifest/source.js';
import type { Stage } from '../../src/core/pipeline.js';
import { loadProject } from '../../src/engine/project.js';
import { TempProject } from '../support/project.js';

/** Loads a project from files; returns stages by name, or the formatted diagnostics. */
async function load(files: Record<string, string>, manifest = 'dvc.yaml') {
  const p = new TempProject(files);
  try {
    const loaded = await loadProject(new NodeWorkspace(p.root), manifest);
    if (!loaded.ok)
      return {
        ok: false as const,
        errors: loaded.error.diagnostics.map((d) => formatDiagnostic(d, loaded.error.locator)),
      };
    const locator = await openLocator(loaded.value.texts);
    const stages = new Map<string, Stage>(loaded.value.pipeline.stages.map((s) => [s.name, s]));
    return {
      ok: true as const,
      stages,
      names: loaded.value.pipeline.stages.map((s) => s.name),
      order: loaded.value.graph.order.map((s) => s.name),
      notices: loaded.value.notices.map((d) => formatDiagnostic(d, locator)),
      params: loaded.value.params,
    };
  } finally {
    p.dispose();
  }
}

async function stagesOf(files: Record<string, string>) {
  const result = await load(files);
  if (!result.ok) throw new Error(result.errors.join('\n'));
  return result;
}

async function errorsOf(files: Record<string, string>): Promise<string> {
  const result = await load(files);
  if (result.ok) throw new Error('expected errors');
  return result.errors.join('\n');
}

describe('the real example-get-started dvc.yaml (unchanged copy)', () => {
  it('parses and plans prepare → featurize → train → evaluate', async () => {
    const dir = join(process.cwd(), '__tests__/fixtures/dvc-example-get-started');
    const read = (f: string) => readFileSync(join(dir, f), 'utf8');
    const doc = await parseYaml('dvc.yaml', read('dvc.yaml'));
    if (!doc.ok) throw new Error('yaml');
    const pipeline = await readDvcManifest('dvc.yaml', doc.value, async (path) => {
      const parsed = await parseYaml(path, read(path));
      return parsed.ok
        ? { ok: true, value: parsed.value }
        : { ok: false, diagnostics: parsed.error };
    });
    if (!pipeline.ok) throw new Error(JSON.stringify(pipeline.error));
    const graph = buildGraph(pipeline.value);
    if (!graph.ok) throw new Error(JSON.stringify(graph.error));
    expect(graph.value.order.map((s) => s.name)).toEqual([
      'prepare',
      'featurize',
      'train',
      'evaluate',
    ]);
    const prepare = graph.value.byName.get('prepare')!;
    expect(prepare.cmd).toEqual(['python src/prepare.py data/data.xml']);
    expect(prepare.params).toEqual([
      expect.objectContaining({ file: 'params.yaml', keys: ['prepare.seed', 'prepare.split'] }),
    ]);
    expect(graph.value.byName.get('evaluate')!.outs.map((o) => o.path)).toEqual(['eval']);
    // artifacts and metrics at the top level: one notice, not an error (plots are read).
    expect(pipeline.value.notices?.map((n) => n.message)).toEqual([
      'dvc.yaml: top-level "metrics", "artifacts" ignored (used by DVC\'s reports, not by runs)',
    ]);
    expect(pipeline.value.plots?.map((p) => [p.id, p.template, p.x?.field, p.y])).toEqual([
      [
        'ROC',
        'simple',
        'fpr',
        [
          { file: 'eval/plots/sklearn/roc/train.json', fields: ['tpr'] },
          { file: 'eval/plots/sklearn/roc/test.json', fields: ['tpr'] },
        ],
      ],
      [
        'Confusion-Matrix',
        'confusion',
        'actual',
        [
          { file: 'eval/plots/sklearn/cm/train.json', fields: ['predicted'] },
          { file: 'eval/plots/sklearn/cm/test.json', fields: ['predicted'] },
        ],
      ],
      [
        'Precision-Recall',
        'simple',
        'recall',
        [
          { file: 'eval/plots/sklearn/prc/train.json', fields: ['precision'] },
          { file: 'eval/plots/sklearn/prc/test.json', fields: ['precision'] },
        ],
      ],
      [
        'eval/plots/images/importance.png',
        'linear',
        undefined,
        [{ file: 'eval/plots/images/importance.png' }],
      ],
    ]);
    expect(pipeline.value.plots?.[3]?.image).toBe(true);
  });
});

describe('dvc.yaml stages', () => {
  it('reads cmd lists, wdir, deps, params forms, outs, metrics, plots, frozen, always_changed', async () => {
    const r = await stagesOf({
      'params.yaml': 'lr: 0.1\ntrain: {epochs: 3}\n',
      'sub/params.yaml': 'depth: 2\n',
      'sub/config.json': '{"a": 1, "b": {"c": 2}}',
      'sub/in.txt': 'x',
      'dvc.yaml': `
stages:
  one:
    desc: First
    meta: {owner: me}
    wdir: sub
    cmd:
      - echo a
      - echo b
    deps: [in.txt, ../params.yaml]
    params:
      - depth
      - config.json:
      - ../params.yaml: [lr]
    outs:
      - out.bin
      - cache/:
          cache: false
          persist: true
          desc: scratch
    metrics:
      - m.json:
          cache: false
    plots:
      - p.csv:
          x: step
          y: loss
      - img.png
    frozen: true
  two:
    cmd: cat sub/out.bin
    deps: [sub/out.bin]
    always_changed: true
`,
    });
    const one = r.stages.get('one')!;
    expect(one).toMatchObject({
      desc: 'First',
      wdir: 'sub',
      cmd: ['echo a', 'echo b'],
      frozen: true,
      alwaysRun: false,
    });
    expect(one.deps.map((d) => d.path)).toEqual(['sub/in.txt', 'params.yaml']);
    expect(one.params.map((p) => [p.file, p.keys])).toEqual([
      ['sub/params.yaml', ['depth']],
      ['sub/config.json', 'all'],
      ['params.yaml', ['lr']],
    ]);
    expect(one.outs.map((o) => [o.path, o.cache, o.persist, o.metric])).toEqual([
      ['sub/out.bin', true, false, false],
      ['sub/cache', false, true, false],
      ['sub/m.json', false, false, true],
      ['sub/p.csv', true, false, false],
      ['sub/img.png', true, false, false],
    ]);
    expect(r.stages.get('two')!.alwaysRun).toBe(true);
    expect(r.order).toEqual(['one', 'two']);
    expect(r.params.get('one')).toEqual({
      'sub/params.yaml:depth': 2,
      'sub/config.json': { a: 1, b: { c: 2 } },
      'params.yaml:lr': 0.1,
    });
  });

  it('templates ${...} from params.yaml, vars files (with keys) and inline vars', async () => {
    const r = await stagesOf({
      'params.yaml': 'model: {name: forest, trees: 50, fast: true}\nlr: 0.0001\n',
      'vars.yaml': 'data: {dir: data/raw}\nunused: 1\n',
      'more.yaml': 'keep: {x: 1}\nskip: {y: 2}\n',
      'data/raw/a.csv': 'a',
      'dvc.yaml': `
vars:
  - vars.yaml
  - more.yaml:keep
  - out: models
    flags: {depth: 3, name: "a b", verbose: true, quiet: false, sizes: [1, 2]}
stages:
  train:
    cmd: train --model \${model.name} --trees \${model.trees} --fast \${model.fast} --lr \${lr} --x \${keep.x} \\\${literal}
    deps: ['\${data.dir}/a.csv']
    outs: ['\${out}/\${model.name}.bin']
  flags:
    cmd: run \${flags}
    always_changed: \${model.fast}
`,
    });
    expect(r.stages.get('train')!.cmd).toEqual([
      'train --model forest --trees 50 --fast true --lr 0.0001 --x 1 ${literal}',
    ]);
    expect(r.stages.get('train')!.deps.map((d) => d.path)).toEqual(['data/raw/a.csv']);
    expect(r.stages.get('train')!.outs.map((o) => o.path)).toEqual(['models/forest.bin']);
    // DVC's dict unpacking in cmd (defaults: store_true booleans, nargs lists, shlex quoting).
    expect(r.stages.get('flags')!.cmd).toEqual([
      "run --depth 3 --name 'a b' --verbose --sizes 1 2",
    ]);
    expect(r.stages.get('flags')!.alwaysRun).toBe(true);
  });

  it('generates foreach stages: scalar list (by value), list of mappings (by index), mapping (by key)', async () => {
    const r = await stagesOf({
      'params.yaml': 'regions: [us, eu]\n',
      'dvc.yaml': `
stages:
  fetch:
    foreach: \${regions}
    do:
      cmd: echo \${item} > \${item}.txt
      outs: ['\${item}.txt']
  fit:
    foreach:
      - {name: small, size: 1}
      - {name: big, size: 9}
    do:
      cmd: fit \${item.size}
      outs: ['\${item.name}.model']
  report:
    foreach:
      us: {threshold: 1}
      eu: {threshold: 2}
    do:
      cmd: report \${key} \${item.threshold}
      deps: ['\${key}.txt']
      outs: ['report-\${key}.md']
`,
    });
    expect(r.names).toEqual(['fetch@us', 'fetch@eu', 'fit@0', 'fit@1', 'report@us', 'report@eu']);
    expect(r.stages.get('fetch@eu')!.cmd).toEqual(['echo eu > eu.txt']);
    expect(r.stages.get('fit@1')!.outs[0]!.path).toBe('big.model');
    expect(r.stages.get('report@eu')!.cmd).toEqual(['report eu 2']);
    expect(r.order.indexOf('fetch@eu')).toBeLessThan(r.order.indexOf('report@eu'));
  });

  it('generates matrix stages named stage@v1-v2 (composite values by axis and index)', async () => {
    const r = await stagesOf({
      'dvc.yaml': `
vars:
  - models: [cnn, rnn]
stages:
  train:
    matrix:
      model: \${models}
      lr: [0.1, 1]
      opt: [{name: adam}]
    cmd: train \${item.model} \${item.lr} \${item.opt.name} \${key}
    outs: ['\${item.model}-\${item.lr}.bin']
`,
    });
    expect(r.names).toEqual([
      'train@cnn-0.1-opt0',
      'train@cnn-1-opt0',
      'train@rnn-0.1-opt0',
      'train@rnn-1-opt0',
    ]);
    expect(r.stages.get('train@rnn-1-opt0')!.cmd).toEqual(['train rnn 1 adam rnn-1-opt0']);
  });

  it('takes stage-level vars relative to the wdir', async () => {
    const r = await stagesOf({
      'sub/local.yaml': 'n: 7\n',
      'dvc.yaml': `
stages:
  s:
    wdir: sub
    vars: [local.yaml, {m: 8}]
    cmd: echo \${n} \${m}
`,
    });
    expect(r.stages.get('s')!.cmd).toEqual(['echo 7 8']);
  });

  it('reads a dvc.yaml in a subdirectory relative to that directory', async () => {
    const result = await load(
      {
        'pipe/params.yaml': 'x: 1\n',
        'pipe/in.txt': 'a',
        'pipe/dvc.yaml':
          'stages:\n  a:\n    cmd: cp in.txt out.txt ${x}\n    deps: [in.txt]\n    params: [x]\n    outs: [out.txt]\n',
      },
      'pipe/dvc.yaml',
    );
    if (!result.ok) throw new Error(result.errors.join('\n'));
    const a = result.stages.get('a')!;
    expect(a.wdir).toBe('pipe');
    expect(a.deps[0]!.path).toBe('pipe/in.txt');
    expect(a.params[0]!.file).toBe('pipe/params.yaml');
    expect(a.cmd).toEqual(['cp in.txt out.txt 1']);
  });
});

describe('dvc.yaml errors point at the original text', () => {
  it('unknown stage key, with a suggestion', async () => {
    const text = await errorsOf({ 'dvc.yaml': 'stages:\n  a:\n    cmd: x\n    dep: [y]\n' });
    expect(text).toContain('dvc.yaml:4:5: error: unknown key "dep" in stage "a"');
    expect(text).toContain('did you mean "deps"?');
  });

  it('a missing variable inside a foreach template, at the template line', async () => {
    const text = await errorsOf({
      'dvc.yaml': 'stages:\n  fit:\n    foreach: [a, b]\n    do:\n      cmd: fit ${item} ${nope}\n',
    });
    expect(text).toContain(
      "dvc.yaml:5:12: error: failed to parse 'stages.fit@a.cmd': Could not find 'nope'",
    );
  });

  it('an unknown key in a matrix template, and an unknown output option', async () => {
    const text = await errorsOf({
      'dvc.yaml':
        'stages:\n  t:\n    matrix: {m: [a]}\n    cmd: x\n    outz: [y]\n    outs:\n      - y:\n          cahce: false\n',
    });
    expect(text).toContain('dvc.yaml:5:5: error: unknown key "outz" in stage "t@a"');
    expect(text).toContain('dvc.yaml:8:11: error: unknown key "cahce"');
  });

  it('lists in strings, redefined vars, interpolation in vars, missing vars files', async () => {
    const text = await errorsOf({
      'params.yaml': 'a: 1\nl: [1, 2]\n',
      'dvc.yaml': 'vars:\n  - a: 2\n  - nothere.yaml\nstages:\n  s:\n    cmd: echo ${l}\n',
    });
    expect(text).toContain(
      "dvc.yaml:2:5: error: cannot redefine 'a' from 'vars[0]' as it already exists in 'params.yaml'",
    );
    expect(text).toContain('dvc.yaml:3:5: error: vars file "nothere.yaml" does not exist');
    expect(text).toContain("Cannot interpolate data of type 'list'");
    const again = await errorsOf({
      'dvc.yaml': 'vars:\n  - ${x}.yaml\nstages:\n  s:\n    cmd: x\n',
    });
    expect(again).toContain('interpolating is not allowed');
  });

  it('foreach without do, do without foreach, invalid names, unknown top-level keys', async () => {
    const text = await errorsOf({
      'dvc.yaml':
        'stagez: {}\nstages:\n  a:\n    foreach: [x]\n  b:\n    do: {cmd: x}\n  c@d:\n    cmd: x\n',
    });
    expect(text).toContain('unknown key "stagez"');
    expect(text).toContain('foreach stage "a" has no "do"');
    expect(text).toContain('"do" needs "foreach"');
    expect(text).toContain('stage name "c@d" may not contain');
  });
});
