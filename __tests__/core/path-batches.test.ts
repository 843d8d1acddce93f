import { PathBatches } from '../../src/core/path-batches.js';
import { isWithin } from '../../src/core/paths.js';

/** A small deterministic generator (no Math.random: the same paths every run). */
function* lcg(seed: number): Generator<number> {
  let x = seed;
  for (;;) {
    x = (x * 1103515245 + 12345) % 2 ** 31;
    yield x;
  }
}

// Names that sort around '/' ('-' and '.' before it, letters after): a sorted list leaves a
// directory and comes back to it ('a/b', 'a/b-c/x', 'a/b.d', 'a/b/y').
const PARTS = ['a', 'b', 'b-c', 'b.d', 'ab'];

function randomPath(r: Generator<number>): string {
  const depth = (r.next().value as number) % 4;
  const parts: string[] = [];
  for (let k = 0; k <= depth; k++) parts.push(PARTS[(r.next().value as number) % PARTS.length]!);
  return parts.join('/');
}

describe('PathBatches', () => {
  it('files a directory the sorted list leaves and re-enters many times (s1.json, s1/x, s2.json, …)', () => {
    const paths: string[] = [];
    for (let i = 0; i < 500; i++) {
      const name = `d/s${String(i).padStart(3, '0')}`;
      paths.push(`${name}.json`, `${name}/x`);
    }
    paths.sort();
    const batches = new PathBatches<string>();
    batches.add(paths, 'first');
    expect(batches.findAll(paths).every((b) => b === 'first')).toBe(true);
    batches.deleteWithin('d/s250.json');
    batches.deleteWithin('d/s499');
    const found = batches.findAll(['d/s250.json', 'd/s251.json', 'd/s499/x', 'd/s499.json']);
    expect(found).toEqual([undefined, 'first', undefined, 'first']);
    batches.add(['d/s250.json'], 'again');
    expect(batches.findAll(['d/s250.json', 'd/s000.json'])).toEqual(['again', 'first']);
  });

  it('finds what a per-path map would, over random adds (small and large) and forgets', () => {
    const r = lcg(23);
    const batches = new PathBatches<number>();
    const model = new Map<string, number>();
    for (let step = 0; step < 3000; step++) {
      const op = (r.next().value as number) % 10;
      if (op < 5) {
        // Small batches (a few paths) and large ones (filed per directory), sorted or not,
        // with repeats, of paths in no batch yet (FileDigests adds only those).
        const size = op < 3 ? 1 + (step % 9) : 64 + (step % 150);
        const run = Array.from({ length: size }, () => randomPath(r)).filter((p) => !model.has(p));
        if (step % 2 === 0) run.sort();
        batches.add(run, step);
        for (const p of run) model.set(p, step);
      } else if (op < 8) {
        const prefix = step % 97 === 0 ? '' : randomPath(r);
        batches.deleteWithin(prefix);
        for (const key of [...model.keys()]) if (isWithin(key, prefix)) model.delete(key);
      }
      const probe = Array.from({ length: 40 }, () => randomPath(r));
      if (step % 3 === 0) probe.sort();
      expect(batches.findAll(probe)).toEqual(probe.map((p) => model.get(p)));
    }
  });

  it('files a listing of 100,000 paths and forgets one file or one directory of it', () => {
    const paths: string[] = [];
    for (let d = 0; d < 100; d++)
      for (let f = 0; f < 1000; f++) paths.push(`files/d${d}/f${f}.bin`);
    paths.sort();
    const batches = new PathBatches<string>();
    batches.add(paths, 'listing');
    expect(batches.findAll(paths).every((b) => b === 'listing')).toBe(true);
    batches.deleteWithin('files/d7/f3.bin');
    batches.deleteWithin('files/d8');
    const found = batches.findAll(['files/d7/f3.bin', 'files/d7/f4.bin', 'files/d8/f1.bin']);
    expect(found).toEqual([undefined, 'listing', undefined]);
    batches.add(['files/d7/f3.bin'], 'again');
    expect(batches.findAll(['files/d7/f3.bin', 'files/d70/f3.bin'])).toEqual(['again', 'listing']);
  });
});
