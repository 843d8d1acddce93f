import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startCli } from '../support/cli-process.js';

/**
 * Two `reprokit run` at once on one project, and a third on another project, all sharing one
 * cache store (--cache-dir), repeated. Whatever the interleaving, every object in the store
 * matches its name (its SHA-256), every recorded output is on disk as recorded, and each output
 * is one run's complete output (its lines all carry one writer's pid, none missing). Without
 * the project lock the two runs append into the same out.txt and this fails.
 */

const LINES = 200;
const MANIFEST = `stages:
  gen:
    cmd: sh gen.sh
    outs: [out.txt, shared.bin]
`;
// out.txt: written line by line, each line naming the writing shell. shared.bin: the same bytes
// from every run, so the three runs store the same object in the shared store at once.
const GEN = `i=0
while [ $i -lt ${LINES} ]; do i=$((i+1)); echo "$$ line $i" >> out.txt; done
head -c 300000 /dev/zero | tr '\\0' x > shared.bin
`;

const sha256 = (data: Buffer) => createHash('sha256').update(data).digest('hex');

function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name));
}

interface Recorded {
  stage: string;
  key: string;
  outputs: { path: string; files: { path: string; digest: string }[] }[];
}

function lastRecord(project: string): Recorded {
  const lines = readFileSync(join(project, '.reprokit/state.jsonl'), 'utf8')
    .split('\n')
    .filter(Boolean);
  return JSON.parse(lines[lines.length - 1] as string) as Recorded;
}

describe('concurrent runs on one project and one shared cache store (bundled CLI)', () => {
  const dirs: string[] = [];
  afterEach(() => {
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  });

  it('never records or caches a mixed or partial output', async () => {
    const store = mkdtempSync(join(tmpdir(), 'reprokit-shared-store-'));
    const one = mkdtempSync(join(tmpdir(), 'reprokit-conc-a-'));
    const two = mkdtempSync(join(tmpdir(), 'reprokit-conc-b-'));
    dirs.push(store, one, two);
    for (const project of [one, two]) {
      writeFileSync(join(project, 'reprokit.yml'), MANIFEST);
      writeFileSync(join(project, 'gen.sh'), GEN);
    }
    for (let round = 0; round < 3; round++) {
      const runs = [one, one, two].map((project) =>
        startCli(['run', '--force-all', '--cache-dir', store], { cwd: project }),
      );
      const outcomes = await Promise.all(runs.map((r) => r.done));
      expect(outcomes.map((o) => [o.code, o.stderr.includes('internal error')])).toEqual([
        [0, false],
        [0, false],
        [0, false],
      ]);

      // Every object in the shared store is what its name says; nothing half-written is left.
      const objects = filesUnder(join(store, 'objects'));
      expect(objects.filter((f) => f.endsWith('.tmp'))).toEqual([]);
      for (const object of objects)
        expect([object, sha256(readFileSync(object))]).toEqual([object, object.split('/').pop()]);
      // Every entry names objects that are there.
      for (const entry of filesUnder(join(store, 'entries'))) {
        const record = JSON.parse(readFileSync(entry, 'utf8')) as Recorded;
        for (const file of record.outputs.flatMap((o) => o.files))
          expect(existsSync(join(store, 'objects', file.digest.slice(0, 2), file.digest))).toBe(
            true,
          );
      }

      for (const project of [one, two]) {
        const record = lastRecord(project);
        for (const file of record.outputs.flatMap((o) => o.files))
          expect(sha256(readFileSync(join(project, file.path)))).toBe(file.digest);
        const lines = readFileSync(join(project, 'out.txt'), 'utf8').split('\n').filter(Boolean);
        const writer = lines[0]?.split(' ')[0];
        expect(lines).toEqual(Array.from({ length: LINES }, (_, i) => `${writer} line ${i + 1}`));
        // And the store holds that same complete output under the recorded key.
        const entry = JSON.parse(
          readFileSync(join(store, 'entries', `${record.key}.json`), 'utf8'),
        ) as Recorded;
        const out = entry.outputs.flatMap((o) => o.files).find((f) => f.path === 'out.txt');
        const cached = readFileSync(
          join(store, 'objects', out?.digest.slice(0, 2) ?? '', out?.digest ?? ''),
          'utf8',
        );
        const cachedLines = cached.split('\n').filter(Boolean);
        const cachedWriter = cachedLines[0]?.split(' ')[0];
        expect(cachedLines).toEqual(
          Array.from({ length: LINES }, (_, i) => `${cachedWriter} line ${i + 1}`),
        );
      }
    }
  });
});
