import {
  linkSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  rmSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { collectGarbage } from '../../src/adapters/local/local-cache-gc.js';

/** gc beside a running `reprokit run`: what was written after gc started is never deleted. */
describe('collectGarbage', () => {
  let dir: string;
  const HOUR = 3600_000;
  const startedAt = Date.now() - HOUR; // gc "started" an hour ago: files older than that are old
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'reprokit-gc-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const digest = (c: string) => c.repeat(64);
  function file(path: string, content: string, ageMs: number): void {
    const abs = join(dir, path);
    mkdirSync(join(abs, '..'), { recursive: true });
    writeFileSync(abs, content);
    const at = new Date(Date.now() - ageMs);
    utimesSync(abs, at, at);
  }
  function record(files: string[]): string {
    return JSON.stringify({
      outputs: [{ cached: true, files: files.map((d) => ({ digest: d, path: 'x', size: 1 })) }],
    });
  }
  const object = (d: string) => `objects/${d.slice(0, 2)}/${d}`;
  const present = () => readdirSync(dir, { recursive: true }).map(String).sort();

  it('deletes old unneeded entries and objects; keeps young ones and what records name', () => {
    const [a, b, c, d, e] = ['a', 'b', 'c', 'd', 'e'].map(digest) as string[];
    file(object(a!), 'kept by a kept entry', 2 * HOUR);
    file(object(b!), 'only in a dropped entry', 2 * HOUR);
    file(object(c!), 'named by an entry written during gc', 2 * HOUR);
    file(object(d!), 'written during gc, named by nothing yet', 0);
    file(object(e!), 'named by a kept latest record', 2 * HOUR);
    file(`${object(b!)}.123.0.tmp`, 'torn save', 2 * HOUR);
    file('entries/keep.json', record([a!]), 2 * HOUR);
    file('entries/drop.json', record([b!]), 2 * HOUR);
    file('entries/concurrent.json', record([c!]), 0);
    file('latest/s-train.json', record([e!]), 2 * HOUR);
    file('latest/s-gone.json', record([b!]), 2 * HOUR);

    const dry = collectGarbage({
      dir,
      keepKeys: new Set(['keep']),
      keepStages: new Set(['train']),
      startedAt,
      dryRun: true,
    });
    const before = present();
    expect(dry.entries.removed).toBe(1);
    expect(dry.objects.removed).toBe(2);
    const result = collectGarbage({
      dir,
      keepKeys: new Set(['keep']),
      keepStages: new Set(['train']),
      startedAt,
      dryRun: false,
    });
    expect(result).toEqual(dry);
    expect(result.bytesFreed).toBe(
      [record([b!]), record([b!]), 'only in a dropped entry', 'torn save'].reduce(
        (n, t) => n + Buffer.byteLength(t),
        0,
      ),
    );
    const removed = before.filter((f) => !present().includes(f));
    expect(removed.sort()).toEqual(
      ['entries/drop.json', 'latest/s-gone.json', object(b!), `${object(b!)}.123.0.tmp`].sort(),
    );
  });

  it('counts a record and its latest/ hard link once, and frees nothing while one name stays', () => {
    const text = record([]);
    mkdirSync(join(dir, 'latest'));
    file('entries/gone.json', text, 2 * HOUR);
    linkSync(join(dir, 'entries/gone.json'), join(dir, 'latest/s-gone.json'));
    file('entries/old.json', text, 2 * HOUR);
    linkSync(join(dir, 'entries/old.json'), join(dir, 'latest/s-kept.json'));
    const result = collectGarbage({
      dir,
      keepKeys: new Set(),
      keepStages: new Set(['kept']),
      startedAt,
      dryRun: false,
    });
    // gone.json and s-gone.json are one file; old.json's data lives on as latest/s-kept.json.
    expect(result.bytesFreed).toBe(Buffer.byteLength(text));
    expect(present()).toEqual(['entries', 'latest', 'latest/s-kept.json']);
  });

  it('an empty or missing cache is nothing to do', () => {
    expect(
      collectGarbage({
        dir: join(dir, 'none'),
        keepKeys: new Set(),
        keepStages: new Set(),
        startedAt,
        dryRun: false,
      }),
    ).toEqual({
      entries: { removed: 0, kept: 0 },
      objects: { removed: 0, kept: 0 },
      bytesFreed: 0,
    });
  });
});
