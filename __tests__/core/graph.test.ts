import type { Diagnostic } from '../../src/core/diagnostics.js';
import type { Graph } from '../../src/core/graph.js';
import { buildGraph, finalStages, selectWithUpstream } from '../../src/core/graph.js';
import { isGlob } from '../../src/core/glob.js';
import type { DepSpec, OutSpec, Pipeline, Stage } from '../../src/core/pipeline.js';

const FILE = 'reprokit.yml';

interface StageInput {
  deps?: string[];
  outs?: string[];
  needs?: string[];
}

/** A stage as the manifest reader would produce it; source refs follow the manifest layout. */
function stage(name: string, input: StageInput = {}): Stage {
  const at = ['stages', name];
  const deps: DepSpec[] = (input.deps ?? []).map((text, i) => ({
    path: text.replace(/\/$/, ''),
    kind: isGlob(text) ? 'glob' : text.endsWith('/') ? 'dir' : 'file-or-dir',
    source: { file: FILE, path: [...at, 'deps', i] },
  }));
  const outs: OutSpec[] = (input.outs ?? []).map((text, i) => ({
    path: text.replace(/\/$/, ''),
    cache: true,
    persist: false,
    metric: false,
    source: { file: FILE, path: [...at, 'outs', i] },
  }));
  return {
    name,
    cmd: [`run ${name}`],
    wdir: '',
    env: {},
    shell: 'bash',
    deps,
    params: [],
    outs,
    needs: (input.needs ?? []).map((n, i) => ({
      stage: n,
      source: { file: FILE, path: [...at, 'needs', i] },
    })),
    alwaysRun: false,
    frozen: false,
    source: { file: FILE, path: at, at: 'key' },
  };
}

function pipeline(...stages: Stage[]): Pipeline {
  return { manifestFile: FILE, format: 'reprokit', stages, publish: { artifacts: [] } };
}

function graphOf(...stages: Stage[]): Graph {
  const built = buildGraph(pipeline(...stages));
  if (!built.ok)
    throw new Error(`unexpected diagnostics: ${built.error.map((d) => d.message).join('; ')}`);
  return built.value;
}

function errorsOf(...stages: Stage[]): Diagnostic[] {
  const built = buildGraph(pipeline(...stages));
  if (built.ok) throw new Error('expected diagnostics');
  return built.error;
}

const order = (g: Graph) => g.order.map((s) => s.name);
const upstreamOf = (g: Graph, name: string) => (g.upstream.get(name) ?? []).map((e) => e.from);
const describeEdges = (g: Graph) =>
  g.order.flatMap((s) =>
    (g.downstream.get(s.name) ?? []).map(
      (e) =>
        `${e.from}->${e.to}${e.kind === 'dep' ? ` via ${e.dep.path} (${e.out.path})` : ' needs'}`,
    ),
  );

describe('topological order', () => {
  it('independent stages keep the manifest order', () => {
    expect(order(graphOf(stage('z'), stage('a'), stage('m')))).toEqual(['z', 'a', 'm']);
  });

  it('a stage comes after what it reads, even when declared first', () => {
    const g = graphOf(
      stage('report', { deps: ['clean.csv'] }),
      stage('other'),
      stage('prepare', { outs: ['clean.csv'] }),
    );
    expect(order(g)).toEqual(['other', 'prepare', 'report']);
  });

  it('among ready stages, the earliest declared goes first', () => {
    // c and b both wait for a; d is free. Declared d, c, a, b.
    const g = graphOf(
      stage('d'),
      stage('c', { deps: ['a.out'] }),
      stage('a', { outs: ['a.out'] }),
      stage('b', { deps: ['a.out'] }),
    );
    expect(order(g)).toEqual(['d', 'a', 'c', 'b']);
  });

  it('a diamond', () => {
    const g = graphOf(
      stage('upper', { deps: ['in.txt'], outs: ['out/upper.txt'] }),
      stage('count', { deps: ['out/upper.txt'], outs: ['out/count.txt'] }),
      stage('first', { deps: ['out/upper.txt'], outs: ['out/first.txt'] }),
      stage('report', { deps: ['out/count.txt', 'out/first.txt'], outs: ['site/'] }),
    );
    expect(order(g)).toEqual(['upper', 'count', 'first', 'report']);
    expect(upstreamOf(g, 'report')).toEqual(['count', 'first']);
    expect((g.downstream.get('upper') ?? []).map((e) => e.to)).toEqual(['count', 'first']);
  });
});

describe('edges', () => {
  it('a dep equal to an out', () => {
    const g = graphOf(stage('a', { outs: ['x.csv'] }), stage('b', { deps: ['x.csv'] }));
    expect(describeEdges(g)).toEqual(['a->b via x.csv (x.csv)']);
  });

  it('a dep inside a directory out', () => {
    const g = graphOf(stage('a', { outs: ['data/'] }), stage('b', { deps: ['data/sub/x.csv'] }));
    expect(describeEdges(g)).toEqual(['a->b via data/sub/x.csv (data)']);
  });

  it('a directory dep containing outs of several stages', () => {
    const g = graphOf(
      stage('a', { outs: ['data/a.csv'] }),
      stage('b', { outs: ['data/deep/b.csv'] }),
      stage('c', { deps: ['data/'] }),
    );
    expect(describeEdges(g)).toEqual([
      'a->c via data (data/a.csv)',
      'b->c via data (data/deep/b.csv)',
    ]);
  });

  it('no edge for a sibling with a common prefix', () => {
    const g = graphOf(
      stage('a', { outs: ['data'] }),
      stage('b', { deps: ['database/x'] }),
      stage('c', { deps: ['data2'] }),
    );
    expect(describeEdges(g)).toEqual([]);
  });

  it('a glob dep matching an out, or reaching into a directory out', () => {
    const g = graphOf(
      stage('a', { outs: ['data/a.csv'] }),
      stage('b', { outs: ['data/parts/'] }),
      stage('c', { outs: ['other/a.csv', 'data.csv'] }),
      stage('d', { deps: ['data/**/*.csv'] }),
    );
    expect(upstreamOf(g, 'd')).toEqual(['a', 'b']);
  });

  it("a glob dep next to the stage's own file output is not a self-read", () => {
    const g = graphOf(stage('agg', { deps: ['data/**/*.csv'], outs: ['data/summary.json'] }));
    expect(upstreamOf(g, 'agg')).toEqual([]);
  });

  it('needs edges', () => {
    const g = graphOf(stage('report', { needs: ['load_db'] }), stage('load_db'));
    expect(order(g)).toEqual(['load_db', 'report']);
    expect(describeEdges(g)).toEqual(['load_db->report needs']);
  });

  it('one edge per pair of stages, whatever connects them', () => {
    const g = graphOf(
      stage('a', { outs: ['x', 'y'] }),
      stage('b', { deps: ['x', 'y'], needs: ['a'] }),
    );
    expect(describeEdges(g)).toEqual(['a->b via x (x)']);
  });

  it('the producer index', () => {
    const g = graphOf(stage('a', { outs: ['data/'] }), stage('b', { outs: ['models/m.bin'] }));
    expect(g.producers.containing('data/x/y')?.stage.name).toBe('a');
    expect(g.producers.containing('models/m.bin')?.stage.name).toBe('b');
    expect(g.producers.containing('models')).toBeUndefined();
    expect(g.producers.inside('models').map((h) => h.out.path)).toEqual(['models/m.bin']);
    expect(g.producers.overlapping('modelsX')).toEqual([]);
  });
});

describe('problems', () => {
  it('a cycle of three: every edge, in order, with its dep location', () => {
    const [d, ...rest] = errorsOf(
      stage('a', { deps: ['c.out'], outs: ['a.out'] }),
      stage('b', { deps: ['a.out'], outs: ['b.out'] }),
      stage('c', { deps: ['b.out'], outs: ['c.out'] }),
    );
    expect(rest).toEqual([]);
    expect(d?.code).toBe('cycle');
    expect(d?.message).toBe('the stages form a cycle: a → b → c → a');
    expect(d?.related).toEqual([
      {
        message: '"b" reads "a.out", written by "a"',
        source: { file: FILE, path: ['stages', 'b', 'deps', 0] },
      },
      {
        message: '"c" reads "b.out", written by "b"',
        source: { file: FILE, path: ['stages', 'c', 'deps', 0] },
      },
      {
        message: '"a" reads "c.out", written by "c"',
        source: { file: FILE, path: ['stages', 'a', 'deps', 0] },
      },
    ]);
  });

  it('a cycle that does not include the first stuck stage names only the cycle', () => {
    // d waits on the cycle b ⇄ c but is not part of it.
    const [d] = errorsOf(
      stage('d', { deps: ['b.out'] }),
      stage('b', { deps: ['c.out'], outs: ['b.out'] }),
      stage('c', { needs: ['b'], outs: ['c.out'] }),
    );
    expect(d?.message).toMatch(/^the stages form a cycle: (b → c → b|c → b → c)$/);
    expect(d?.related).toHaveLength(2);
  });

  it('a stage reading its own output', () => {
    const [d] = errorsOf(stage('a', { deps: ['out/'], outs: ['out/x'] }));
    expect(d).toMatchObject({
      code: 'cycle',
      message: 'stage "a" reads its own output "out/x"',
      source: { path: ['stages', 'a', 'deps', 0] },
      related: [
        { message: 'declared as an output here', source: { path: ['stages', 'a', 'outs', 0] } },
      ],
    });
  });

  it('duplicate and nested outputs, with the related location', () => {
    const ds = errorsOf(
      stage('a', { outs: ['x', 'd/'] }),
      stage('b', { outs: ['x'] }),
      stage('c', { outs: ['d/e'] }),
    );
    expect(
      ds.map((d) => [d.code, d.message, d.source?.path, d.related?.[0]?.source?.path]),
    ).toEqual([
      [
        'duplicate-output',
        'output "x" of stage "b" is also an output of stage "a"',
        ['stages', 'b', 'outs', 0],
        ['stages', 'a', 'outs', 0],
      ],
      [
        'overlapping-output',
        'output "d/e" of stage "c" lies inside output "d" of stage "a"',
        ['stages', 'c', 'outs', 0],
        ['stages', 'a', 'outs', 1],
      ],
    ]);
  });

  it('needs an unknown stage, with a suggestion', () => {
    const [d] = errorsOf(stage('download'), stage('b', { needs: ['donwload'] }));
    expect(d).toMatchObject({
      code: 'unknown-stage',
      hint: 'did you mean "download"?',
      source: { path: ['stages', 'b', 'needs', 0] },
    });
  });
});

describe('selectWithUpstream and finalStages', () => {
  const g = graphOf(
    stage('a', { outs: ['a.out'] }),
    stage('b', { deps: ['a.out'], outs: ['b.out'] }),
    stage('c', { deps: ['a.out'], outs: ['c.out'] }),
    stage('d', { deps: ['b.out'], outs: ['d.out'] }),
    stage('lone'),
    stage('e', { needs: ['c'] }),
  );

  it('no target: every stage in order', () => {
    expect(selectWithUpstream(g, []).map((s) => s.name)).toEqual(['a', 'b', 'c', 'd', 'lone', 'e']);
  });

  it('a target and everything upstream of it, in topological order', () => {
    expect(selectWithUpstream(g, ['d']).map((s) => s.name)).toEqual(['a', 'b', 'd']);
    expect(selectWithUpstream(g, ['e']).map((s) => s.name)).toEqual(['a', 'c', 'e']);
    expect(selectWithUpstream(g, ['e', 'lone', 'd']).map((s) => s.name)).toEqual([
      'a',
      'b',
      'c',
      'd',
      'lone',
      'e',
    ]);
    expect(selectWithUpstream(g, ['a']).map((s) => s.name)).toEqual(['a']);
  });

  it('final stages: nothing among the selection depends on them', () => {
    expect(finalStages(g, g.order).map((s) => s.name)).toEqual(['d', 'lone', 'e']);
    expect(finalStages(g, selectWithUpstream(g, ['b', 'c'])).map((s) => s.name)).toEqual([
      'b',
      'c',
    ]);
    expect(finalStages(g, selectWithUpstream(g, ['b'])).map((s) => s.name)).toEqual(['b']);
  });
});
