import type { Graph } from '../../src/core/graph.js';
import { buildGraph } from '../../src/core/graph.js';
import type { Wave } from '../../src/core/fanout.js';
import { fanoutPlan, planWaves } from '../../src/core/fanout.js';
import type { DepSpec, OutSpec, Pipeline, Stage } from '../../src/core/pipeline.js';

const FILE = 'reprokit.yml';

/** A stage reading the outputs of `upstream` (one file per stage: out/<name>). */
function stage(name: string, upstream: readonly string[] = []): Stage {
  const at = ['stages', name];
  const deps: DepSpec[] = upstream.map((u, i) => ({
    path: `out/${u}`,
    kind: 'file-or-dir',
    source: { file: FILE, path: [...at, 'deps', i] },
  }));
  const outs: OutSpec[] = [
    {
      path: `out/${name}`,
      cache: true,
      persist: false,
      metric: false,
      source: { file: FILE, path: [...at, 'outs', 0] },
    },
  ];
  return {
    name,
    cmd: [`run ${name}`],
    wdir: '',
    env: {},
    shell: 'bash',
    deps,
    params: [],
    outs,
    needs: [],
    alwaysRun: false,
    frozen: false,
    source: { file: FILE, path: at, at: 'key' },
  };
}

/** `{b: ['a']}`: b reads a's output. Stages listed in manifest order. */
function graphOf(shape: Record<string, readonly string[]>): Graph {
  const pipeline: Pipeline = {
    manifestFile: FILE,
    format: 'reprokit',
    stages: Object.entries(shape).map(([name, up]) => stage(name, up)),
    publish: { artifacts: [] },
  };
  const built = buildGraph(pipeline);
  if (!built.ok) throw new Error(built.error.map((d) => d.message).join('; '));
  return built.value;
}

/** Longest chain of stale stages (in stages), by brute force over the graph. */
function longestStaleChain(graph: Graph, stale: ReadonlySet<string>): number {
  const memo = new Map<string, number>();
  const depth = (name: string): number => {
    const known = memo.get(name);
    if (known !== undefined) return known;
    let best = 0;
    for (const e of graph.upstream.get(name) ?? [])
      if (stale.has(e.from)) best = Math.max(best, depth(e.from));
    memo.set(name, best + 1);
    return best + 1;
  };
  let longest = 0;
  for (const name of stale) longest = Math.max(longest, depth(name));
  return longest;
}

/** The three properties every grouping must have. */
function expectValid(graph: Graph, stale: readonly string[], waves: readonly Wave[]): void {
  const staleSet = new Set(stale);
  const all = waves.flatMap((w) => w.stages);
  // every stale stage exactly once, nothing else
  expect([...all].sort()).toEqual([...staleSet].sort());
  expect(new Set(all).size).toBe(all.length);
  // every stage's upstream is fresh or in an earlier wave
  const waveOf = new Map(waves.flatMap((w) => w.stages.map((s) => [s, w.wave] as const)));
  for (const w of waves) {
    expect(w.stages.length).toBeGreaterThan(0);
    for (const s of w.stages)
      for (const e of graph.upstream.get(s) ?? [])
        if (staleSet.has(e.from)) expect(waveOf.get(e.from)).toBeLessThan(w.wave);
  }
  // minimal: as many waves as the longest chain of stale stages
  expect(waves.length).toBe(longestStaleChain(graph, staleSet));
  waves.forEach((w, i) => expect(w.wave).toBe(i));
}

describe('planWaves', () => {
  test('chain: one stage per wave', () => {
    const g = graphOf({ a: [], b: ['a'], c: ['b'], d: ['c'] });
    const waves = planWaves(g, ['a', 'b', 'c', 'd']);
    expect(waves).toEqual([
      { wave: 0, stages: ['a'] },
      { wave: 1, stages: ['b'] },
      { wave: 2, stages: ['c'] },
      { wave: 3, stages: ['d'] },
    ]);
    expectValid(g, ['a', 'b', 'c', 'd'], waves);
  });

  test('chain with a fresh head: the rest starts at wave 0', () => {
    const g = graphOf({ a: [], b: ['a'], c: ['b'] });
    const waves = planWaves(g, ['b', 'c']);
    expect(waves).toEqual([
      { wave: 0, stages: ['b'] },
      { wave: 1, stages: ['c'] },
    ]);
  });

  test('diamond: the two sides share a wave', () => {
    const g = graphOf({ top: [], left: ['top'], right: ['top'], bottom: ['left', 'right'] });
    const stale = ['top', 'left', 'right', 'bottom'];
    const waves = planWaves(g, stale);
    expect(waves).toEqual([
      { wave: 0, stages: ['top'] },
      { wave: 1, stages: ['left', 'right'] },
      { wave: 2, stages: ['bottom'] },
    ]);
    expectValid(g, stale, waves);
    // only one side stale
    expect(planWaves(g, ['right', 'bottom'])).toEqual([
      { wave: 0, stages: ['right'] },
      { wave: 1, stages: ['bottom'] },
    ]);
  });

  test('wide fan-out: one source, twenty independent stages', () => {
    const shape: Record<string, string[]> = { src: [] };
    for (let i = 0; i < 20; i++) shape[`leaf${i}`] = ['src'];
    const g = graphOf(shape);
    const stale = Object.keys(shape);
    const waves = planWaves(g, stale);
    expect(waves).toHaveLength(2);
    expect(waves[1]?.stages).toHaveLength(20);
    expectValid(g, stale, waves);
    // the source fresh: all leaves at once
    expect(planWaves(g, stale.slice(1))).toHaveLength(1);
  });

  test('two independent components run side by side', () => {
    const g = graphOf({ a1: [], a2: ['a1'], a3: ['a2'], b1: [], b2: ['b1'] });
    const stale = ['a1', 'a2', 'a3', 'b1', 'b2'];
    const waves = planWaves(g, stale);
    expect(waves).toEqual([
      { wave: 0, stages: ['a1', 'b1'] },
      { wave: 1, stages: ['a2', 'b2'] },
      { wave: 2, stages: ['a3'] },
    ]);
    expectValid(g, stale, waves);
  });

  test('nothing stale: no waves', () => {
    expect(planWaves(graphOf({ a: [], b: ['a'] }), [])).toEqual([]);
  });

  test('an unknown stage is an internal error', () => {
    expect(() => planWaves(graphOf({ a: [] }), ['nope'])).toThrow(/unknown stage "nope"/);
  });

  test('property: random DAGs and random stale sets', () => {
    let seed = 12345;
    const random = () => {
      // mulberry32: reproducible
      seed = (seed + 0x6d2b79f5) | 0;
      let t = seed;
      t = Math.imul(t ^ (t >>> 15), t | 1);
      t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
    for (let trial = 0; trial < 300; trial++) {
      const n = 1 + Math.floor(random() * 25);
      const density = random() * 0.4;
      const names = Array.from({ length: n }, (_, i) => `s${i}`);
      // edges only from lower to higher index: acyclic; shuffle manifest order to test topo order
      const shape: Record<string, string[]> = {};
      const order = [...names].sort(() => random() - 0.5);
      for (const name of order) {
        const i = Number(name.slice(1));
        shape[name] = names.slice(0, i).filter(() => random() < density);
      }
      const g = graphOf(shape);
      const stale = names.filter(() => random() < 0.7);
      const waves = planWaves(g, stale);
      expectValid(g, stale, waves);
      const plan = fanoutPlan(g, stale, { maxWaves: 3, maxGroups: 2 });
      const ran = plan.jobs.flatMap((j) =>
        j.include.flatMap((e) => e.stages.split(' ').filter(Boolean)),
      );
      expect([...ran].sort()).toEqual([...stale].sort());
    }
  });
});

describe('fanoutPlan', () => {
  const diamond = graphOf({ top: [], left: ['top'], right: ['top'], bottom: ['left', 'right'] });

  test('matrix entries carry wave, group and space-separated stages', () => {
    const plan = fanoutPlan(diamond, ['top', 'left', 'right', 'bottom']);
    expect(plan.matrix).toEqual({
      include: [
        { wave: 0, group: 'g0-1', stages: 'top', force: '', reads: '' },
        { wave: 1, group: 'g1-1', stages: 'left', force: '', reads: 'g0-1' },
        { wave: 1, group: 'g1-2', stages: 'right', force: '', reads: 'g0-1' },
        // transitively: top's record is needed to compute left's and right's keys
        { wave: 2, group: 'g2-1', stages: 'bottom', force: '', reads: 'g0-1 g1-1 g1-2' },
      ],
    });
    expect(plan.groups).toBe('g0-1 g1-1 g1-2 g2-1');
    expect(plan.jobs).toHaveLength(4);
    expect(plan.jobs[3]).toEqual({ include: [] });
    expect(plan.overflow).toBe(false);
  });

  test('at most maxGroups groups per wave, balanced', () => {
    const shape: Record<string, string[]> = { src: [] };
    for (let i = 0; i < 10; i++) shape[`leaf${i}`] = ['src'];
    const plan = fanoutPlan(graphOf(shape), Object.keys(shape).slice(1), { maxGroups: 3 });
    expect(plan.jobs[0]?.include.map((e) => e.stages.split(' ').length)).toEqual([4, 3, 3]);
  });

  test('deeper than maxWaves: the last wave job runs everything left, in order', () => {
    const g = graphOf({ a: [], b: ['a'], c: ['b'], d: ['c'], e: ['d'], f: ['c'] });
    const plan = fanoutPlan(g, ['a', 'b', 'c', 'd', 'e', 'f'], { maxWaves: 3 });
    expect(plan.overflow).toBe(true);
    expect(plan.waves).toHaveLength(5);
    expect(plan.jobs.map((j) => j.include)).toEqual([
      [{ wave: 0, group: 'g0-1', stages: 'a', force: '', reads: '' }],
      [{ wave: 1, group: 'g1-1', stages: 'b', force: '', reads: 'g0-1' }],
      [{ wave: 2, group: 'g2-1', stages: 'c d f e', force: '', reads: 'g0-1 g1-1' }],
    ]);
  });

  test('a group forces only its own forced stages', () => {
    const plan = fanoutPlan(diamond, ['top', 'left', 'right', 'bottom'], { force: ['left'] });
    expect(plan.matrix.include.map((e) => e.force)).toEqual(['', 'left', '', '']);
  });

  test('nothing stale: every wave job empty', () => {
    const plan = fanoutPlan(diamond, []);
    expect(plan.jobs.every((j) => j.include.length === 0)).toBe(true);
    expect(plan.matrix).toEqual({ include: [] });
  });

  test('the JSON is what strategy.matrix accepts', () => {
    const plan = fanoutPlan(diamond, ['left', 'right', 'bottom']);
    const json = JSON.parse(JSON.stringify(plan.jobs[0])) as { include: Record<string, unknown>[] };
    for (const entry of json.include) {
      expect(Object.keys(entry).sort()).toEqual(['force', 'group', 'reads', 'stages', 'wave']);
      for (const v of Object.values(entry)) expect(['string', 'number']).toContain(typeof v);
    }
  });
});
