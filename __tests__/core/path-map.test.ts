import { PathMap } from '../../src/core/path-map.js';
import { isWithin, overlaps } from '../../src/core/paths.js';

/** A small deterministic generator (no Math.random: the same paths every run). */
function* lcg(seed: number): Generator<number> {
  let x = seed;
  for (;;) {
    x = (x * 1103515245 + 12345) % 2 ** 31;
    yield x;
  }
}

const PARTS = ['a', 'b', 'ab', 'a.b', 'out'];

function randomPath(r: Generator<number>): string {
  const depth = (r.next().value as number) % 4;
  const parts: string[] = [];
  for (let k = 0; k <= depth; k++) parts.push(PARTS[(r.next().value as number) % PARTS.length]!);
  return parts.join('/');
}

describe('PathMap', () => {
  it('deletes what a scan with isWithin / overlaps would, over random operations', () => {
    const r = lcg(17);
    const map = new PathMap<number>();
    const model = new Map<string, number>();
    for (let step = 0; step < 4000; step++) {
      const op = (r.next().value as number) % 10;
      const path = op === 9 && step % 50 === 0 ? '' : randomPath(r);
      if (op < 4) {
        map.set(path, step);
        model.set(path, step);
      } else if (op < 5) {
        // setMany with a run of paths, sorted (as a listing gives them) or not.
        const run = [path, ...Array.from({ length: step % 7 }, () => randomPath(r))];
        if (step % 2 === 0) run.sort();
        map.setMany(run, step);
        for (const p of run) model.set(p, step);
      } else if (op < 7) {
        map.deleteWithin(path);
        for (const k of [...model.keys()]) if (isWithin(k, path)) model.delete(k);
      } else if (op < 9) {
        map.deleteOverlapping(path);
        for (const k of [...model.keys()]) if (overlaps(k, path)) model.delete(k);
      } else {
        map.delete(path);
        model.delete(path);
      }
      expect(map.size).toBe(model.size);
    }
    expect(new Map([...map.keys()].map((k) => [k, map.get(k)]))).toEqual(model);
  });

  it('keeps siblings that share a prefix but not a directory', () => {
    const map = new PathMap<string>();
    for (const p of ['out', 'out/a.txt', 'out/sub/b.txt', 'outer/c.txt', 'out.txt', 'src/x'])
      map.set(p, p);
    map.deleteWithin('out');
    expect([...map.keys()].sort()).toEqual(['outer/c.txt', 'out.txt', 'src/x'].sort());
    map.set('out/sub/again.txt', 'again');
    map.deleteOverlapping('out/sub/again.txt/deeper');
    expect(map.has('out/sub/again.txt')).toBe(false);
    expect(map.size).toBe(3);
  });
});
