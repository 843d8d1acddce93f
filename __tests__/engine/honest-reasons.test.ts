import { TempProject, cli, runJson } from '../support/project.js';

/** The reason is the difference from the previous run; the action is said apart (issue 19.2). */

interface StatusJson {
  stages: { name: string; status: string; reasons: string[]; differences: unknown[] }[];
}

describe('honest reasons', () => {
  let p: TempProject;
  afterEach(() => p.dispose());

  beforeEach(() => {
    p = new TempProject({
      'reprokit.yml': `
stages:
  make:
    cmd: echo "x=$(grep x params.yaml)" > out.txt
    params: [a.x]
    outs: [out.txt]
`,
      'params.yaml': 'a:\n  x: 1\n',
    });
  });

  async function status(): Promise<StatusJson> {
    return JSON.parse((await cli(p.root, ['status', '--json'])).stdout) as StatusJson;
  }

  it('change a param, run, change it back: the param difference, restorable from the cache', async () => {
    expect((await runJson(p.root)).code).toBe(0);
    p.write({ 'params.yaml': 'a:\n  x: 2\n' });
    expect((await runJson(p.root)).results).toEqual({ make: 'ran' });
    p.write({ 'params.yaml': 'a:\n  x: 1\n' });

    const json = await status();
    expect(json.stages[0]).toEqual({
      name: 'make',
      status: 'cached',
      reasons: ['param params.yaml:a.x changed: 2 → 1'],
      differences: [{ kind: 'param-changed', key: 'params.yaml:a.x', from: 2, to: 1 }],
      key: expect.any(String),
    });
    const text = (await cli(p.root, ['status'])).stdout;
    expect(text).toContain('param params.yaml:a.x changed: 2 → 1 (result available in the cache)');
    expect(text).not.toContain('output out.txt modified');

    const run = await runJson(p.root);
    expect(run.results).toEqual({ make: 'restored' });
    expect(run.json.stages[0]?.reasons).toEqual(['param params.yaml:a.x changed: 2 → 1']);
    expect(p.read('out.txt')).toBe('x=  x: 1\n');
  });

  it('with the same inputs, what happened to the outputs is the reason', async () => {
    expect((await runJson(p.root)).code).toBe(0);
    p.remove('out.txt');
    const json = await status();
    expect(json.stages[0]?.differences).toEqual([{ kind: 'output-missing', path: 'out.txt' }]);
    expect(json.stages[0]?.status).toBe('cached');
  });
});
