import { NodeWorkspace } from '../../src/adapters/local/node-workspace.js';
import { formatDiagnostic } from '../../src/core/format-diagnostic.js';
import { openLocator } from '../../src/core/manifest/source.js';
import { loadProject } from '../../src/engine/project.js';
import { TempProject } from '../support/project.js';

/**
 * Cases ported from DVC's own parsing tests (iterative/dvc tests/func/parsing/ and
 * tests/unit/test_interpolate.py): the DVC test each case comes from is named in a comment.
 * Our own test code; DVC's expected messages are kept where reprokit repeats them.
 */
async function load(files: Record<string, string>) {
  const p = new TempProject(files);
  try {
    const loaded = await loadProject(new NodeWorkspace(p.root), 'dvc.yaml');
    if (!loaded.ok)
      return {
        ok: false as const,
        text: loaded.error.diagnostics
          .map((d) => formatDiagnostic(d, loaded.error.locator))
          .join('\n'),
      };
    const locator = await openLocator(loaded.value.texts);
    const stages = loaded.value.pipeline.stages;
    return {
      ok: true as const,
      cmd: Object.fromEntries(stages.map((s) => [s.name, s.cmd.join(' && ')])),
      wdir: Object.fromEntries(stages.map((s) => [s.name, s.wdir])),
      notices: loaded.value.notices.map((d) => formatDiagnostic(d, locator)).join('\n'),
    };
  } finally {
    p.dispose();
  }
}

async function ok(files: Record<string, string>) {
  const result = await load(files);
  if (!result.ok) throw new Error(result.text);
  return result;
}

async function rejected(files: Record<string, string>): Promise<string> {
  const result = await load(files);
  if (result.ok) throw new Error(`expected an error, got ${JSON.stringify(result.cmd)}`);
  return result.text;
}

const DATA = 'models:\n  bar: bar\n  foo: foo\n';

describe('vars files (tests/func/parsing/test_resolver.py)', () => {
  // test_default_params_file: params.yaml listed in vars while also the default is reloaded.
  it.each([[''], ['vars: []\n'], ['vars: [params.yaml]\n']])(
    'params.yaml is loaded once whatever vars says (%j)',
    async (vars) => {
      const result = await ok({
        'params.yaml': DATA,
        'dvc.yaml': `${vars}stages:\n  s:\n    cmd: echo \${models.bar} \${models.foo}\n`,
      });
      expect(result.cmd).toEqual({ s: 'echo bar foo' });
    },
  );

  // test_load_vars_from_file
  it('merges params.yaml and another vars file', async () => {
    const result = await ok({
      'params.yaml': DATA,
      'params.json': '{"datasets": ["foo", "bar"]}',
      'dvc.yaml':
        'vars: [params.yaml, params.json]\nstages:\n  s:\n    cmd: echo ${datasets[1]} ${models.foo}\n',
    });
    expect(result.cmd).toEqual({ s: 'echo bar foo' });
  });

  // test_global_overwrite_error_on_imports
  it('refuses a second file redefining a value', async () => {
    const text = await rejected({
      'params.yaml': DATA,
      'params.json': '{"models": {"bar": "bar", "foo": "foo"}}',
      'dvc.yaml': 'vars: [params.yaml, params.json]\nstages:\n  s:\n    cmd: echo\n',
    });
    expect(text).toContain(
      "cannot redefine 'models.bar' from 'params.json' as it already exists in 'params.yaml'",
    );
    expect(text).toMatch(/^dvc\.yaml:1:\d+: error/m);
  });

  // test_local_declared_vars_overwrite
  it('refuses two inline mappings defining one name', async () => {
    const text = await rejected({
      'dvc.yaml': 'vars:\n  - {bar: bar}\n  - {bar: foo}\nstages:\n  s:\n    cmd: echo\n',
    });
    expect(text).toContain(
      "cannot redefine 'bar' from 'vars[1]' as it already exists in 'vars[0]'",
    );
  });

  // test_partial_vars_doesnot_exist
  it('names the key a partial load cannot find', async () => {
    const text = await rejected({
      'test_params.yaml': 'sub1: sub1\n',
      'dvc.yaml': 'vars: ["test_params.yaml:sub2"]\nstages:\n  s:\n    cmd: echo\n',
    });
    expect(text).toContain("could not find 'sub2' in 'test_params.yaml'");
  });

  // test_vars_already_loaded_message
  it.each([
    ['test_params.yaml', 'test_params.yaml:sub1'],
    ['test_params.yaml:sub1', 'test_params.yaml'],
    ['test_params.yaml:sub1', 'test_params.yaml:sub1,sub2'],
  ])('refuses mixing whole and partial loads of a file (%s, %s)', async (a, b) => {
    const text = await rejected({
      'test_params.yaml': 'sub1: sub1\nsub2: sub2\n',
      'dvc.yaml': `vars: ["${a}", "${b}"]\nstages:\n  build:\n    cmd: echo \${sub1} \${sub2}\n`,
    });
    expect(text).toContain('partially');
  });

  // test_foreach_with_interpolated_wdir_and_local_vars: params.yaml in each wdir is another file.
  it('loads a stage-level params.yaml relative to the templated wdir', async () => {
    const files: Record<string, string> = {
      'params.yaml': 'models: {model1: {thresh: foo}}\n',
      'dvc.yaml':
        'stages:\n  build:\n    foreach: [0, 1]\n    do:\n      wdir: model-${item}\n      vars: [params.yaml]\n      cmd: echo ${item} ${train.epochs} ${prepare.nums}\n',
    };
    for (const i of [0, 1])
      files[`model-${i}/params.yaml`] = `train: {epochs: ${1 + i}}\nprepare: {nums: ${10 * i}}\n`;
    const result = await ok(files);
    expect(result.cmd).toEqual({ 'build@0': 'echo 0 1 0', 'build@1': 'echo 1 2 10' });
    expect(result.wdir).toEqual({ 'build@0': 'model-0', 'build@1': 'model-1' });
  });
});

describe('foreach (tests/func/parsing/test_foreach.py, test_errors.py)', () => {
  // test_with_dict_data_non_string_key
  it('names stages after non-string mapping keys as Python writes them', async () => {
    const result = await ok({
      'dvc.yaml':
        'stages:\n  build:\n    foreach: {0: foo, 0.1: bar, true: really?}\n    do:\n      cmd: echo ${key} ${item}\n',
    });
    expect(result.cmd).toEqual({
      'build@0': 'echo 0 foo',
      'build@0.1': 'echo 0.1 bar',
      'build@true': 'echo true really?',
    });
  });

  // test_foreach_overwriting_item_in_list: a warning, and the generated item wins.
  it.each([
    ['item: 10\nkey: 10\n', 'item and key are'],
    ['item: 10\n', 'item is'],
    ['key: 5\n', 'key is'],
  ])('warns when vars already define item/key (%j)', async (params, where) => {
    const result = await ok({
      'params.yaml': params,
      'dvc.yaml':
        'stages:\n  build:\n    foreach: {model1: 10, model2: 5}\n    do:\n      cmd: echo ${key} ${item}\n',
    });
    expect(result.cmd).toEqual({
      'build@model1': 'echo model1 10',
      'build@model2': 'echo model2 5',
    });
    expect(result.notices).toContain(
      `${where} already specified, will be overwritten for stages generated from 'build'`,
    );
  });

  // test_item_key_in_generated_stage_vars (inline and from a file)
  it.each([
    [{ 'dvc.yaml': 'vars: [{item: 5}]' }, 'item'],
    [{ 'dvc.yaml': 'vars: [{key: 5}]' }, 'key'],
    [{ 'dvc.yaml': 'vars: [test_params.yaml]', 'test_params.yaml': 'item: 5\n' }, 'item'],
  ])('refuses a generated stage whose vars define item or key', async (parts, name) => {
    const text = await rejected({
      ...parts,
      'dvc.yaml': `stages:\n  build:\n    foreach: {model1: {thresh: '10'}, model2: {thresh: 5}}\n    do:\n      ${parts['dvc.yaml']}\n      cmd: \${item.thresh}\n`,
    });
    expect(text).toContain(
      `attempted to redefine '${name}' in stage 'build@model1' generated through 'foreach'`,
    );
  });
});

describe('interpolated values (tests/unit/test_interpolate.py)', () => {
  // test_resolve_primitive_values: Python's str() of floats (20.0, 0.0, 3e4 → 30000.0).
  it('writes floats the way DVC (Python) writes them', async () => {
    const result = await ok({
      'params.yaml': 'lr: 20.0\nzero: 0.0\nbig: 3e4\nsmall: 1.0e-5\nint: 20\nneg: -0.0\n',
      'dvc.yaml': 'stages:\n  s:\n    cmd: train ${lr} ${zero} ${big} ${small} ${int} ${neg}\n',
    });
    expect(result.cmd).toEqual({ s: 'train 20.0 0.0 30000.0 1e-05 20 -0.0' });
  });

  it('names matrix stages after float values as DVC does', async () => {
    const result = await ok({
      'dvc.yaml':
        'stages:\n  sweep:\n    matrix:\n      lr: [0.1, 1.0]\n    cmd: train --lr ${item.lr}\n',
    });
    expect(Object.keys(result.cmd)).toEqual(['sweep@0.1', 'sweep@1.0']);
    expect(result.cmd['sweep@1.0']).toBe('train --lr 1.0');
  });
});

describe('YAML the way DVC loads it', () => {
  it('resolves merge keys, and `<<` never reaches a stage', async () => {
    const result = await ok({
      'dvc.yaml':
        'x-base: &base\n  cmd: echo base\n  deps: [in.txt]\nstages:\n  a:\n    <<: *base\n    outs: [a.txt]\n  b:\n    <<: *base\n    cmd: echo b\n    outs: [b.txt]\n',
      'in.txt': 'x',
    }).catch((e: Error) => ({ error: e.message }));
    // DVC's schema rejects the unknown top-level key, and so do we: the anchors must live inside.
    expect(result).toHaveProperty('error');
    expect((result as { error: string }).error).toContain('unknown key "x-base"');
    const merged = await ok({
      'dvc.yaml':
        'stages:\n  a:\n    cmd: &c echo base\n    deps: &d [in.txt]\n    outs: [a.txt]\n    meta: &m {owner: x}\n  b:\n    <<: {cmd: *c, deps: *d}\n    outs: [b.txt]\n',
      'in.txt': 'x',
    });
    expect(merged.cmd).toEqual({ a: 'echo base', b: 'echo base' });
  });

  it('reports a glob written without quotes as a YAML alias, with where it is', async () => {
    const text = await rejected({ 'dvc.yaml': 'stages:\n  s:\n    cmd: echo\n    deps: [*.py]\n' });
    expect(text).toContain('dvc.yaml:4:12: error: `*.py` is a YAML alias');
    expect(text).toContain('quote globs: "*.py"');
  });

  it('bounds alias bombs and self-references', async () => {
    const bomb = ['a: &a [x, x, x, x, x, x, x, x, x, x]'];
    for (let i = 1; i < 8; i++) {
      const prev = String.fromCharCode(96 + i);
      const name = String.fromCharCode(97 + i);
      bomb.push(`${name}: &${name} [${Array(10).fill(`*${prev}`).join(', ')}]`);
    }
    const started = Date.now();
    const text = await rejected({
      'dvc.yaml': `vars:\n  - ${bomb.join('\n    ').replace(/^/, '')}\nstages: {}\n`.replace(
        '  - a:',
        '  - a:',
      ),
    });
    expect(text).toMatch(/YAML aliases expand to more than \d+ values|more than \d+ YAML aliases/);
    expect(Date.now() - started).toBeLessThan(30_000);
    expect(await rejected({ 'dvc.yaml': 'vars:\n  - a: &r [*r]\nstages: {}\n' })).toContain(
      'refers to the node that contains it',
    );
  });

  it('refuses a matrix that would generate too many stages before generating any', async () => {
    const axes = Array.from({ length: 8 }, (_, i) => `      a${i}: [0, 1, 2, 3, 4, 5, 6, 7, 8, 9]`);
    const text = await rejected({
      'dvc.yaml': `stages:\n  big:\n    matrix:\n${axes.join('\n')}\n    cmd: echo \${item.a0}\n`,
    });
    expect(text).toContain(
      'dvc.yaml:3:5: error: stage "big" would generate 100000000 stages; at most 10000',
    );
  });

  it('refuses a foreach over more values than the limit', async () => {
    const text = await rejected({
      'params.yaml': `xs: [${Array.from({ length: 10_001 }, (_, i) => i).join(', ')}]\n`,
      'dvc.yaml': 'stages:\n  many:\n    foreach: ${xs}\n    do:\n      cmd: echo ${item}\n',
    });
    expect(text).toContain('stage "many" would generate 10001 stages; at most 10000');
  });
});

describe('the schema', () => {
  it('accepts a dvc.yaml without stages (as DVCLive writes it)', async () => {
    const result = await ok({ 'dvc.yaml': 'metrics:\n  - dvclive/metrics.json\n' });
    expect(result.cmd).toEqual({});
  });

  it.each([[''], ['stages:\n']])(
    'points at an empty file or an empty stages: (%j)',
    async (text) => {
      const result = await ok({ 'dvc.yaml': text });
      expect(result.cmd).toEqual({});
      expect(result.notices).toMatch(/^dvc\.yaml:1:1: notice: dvc\.yaml declares no stages/m);
    },
  );

  it('says that DVC 2 keys were removed in DVC 3', async () => {
    const live = await rejected({
      'dvc.yaml': 'stages:\n  s:\n    cmd: echo\n    live:\n      logs: {summary: true}\n',
    });
    expect(live).toContain('dvc.yaml:4:5: error: "live" was removed in DVC 3');
    const checkpoint = await rejected({
      'dvc.yaml':
        'stages:\n  s:\n    cmd: echo\n    outs:\n      - model.pt:\n          checkpoint: true\n',
    });
    expect(checkpoint).toContain('"checkpoint" outputs are not supported (DVC 3 removed them too)');
  });

  it('rejects unknown keys with a position and a suggestion', async () => {
    const text = await rejected({ 'dvc.yaml': 'stages:\n  s:\n    cmd: echo\n    dep: [a]\n' });
    expect(text).toContain('dvc.yaml:4:5: error: unknown key "dep" in stage "s"');
    expect(text).toContain('did you mean "deps"?');
  });
});
