import {
  chmodSync,
  constants,
  copyFileSync,
  existsSync,
  mkdirSync,
  renameSync,
  rmSync,
  statSync,
} from 'node:fs';
import { join } from 'node:path';
import { checkRecord } from '../../core/record-check.js';
import type { FileDigest, StageRecord } from '../../core/record.js';
import type { RestoreOutcome, SaveOutcome, StageCache } from '../../ports.js';
import { readJson, stageFileName, writeFileAtomic } from './atomic.js';
import { sha256File } from '../hashing/file-hasher.js';

let counter = 0;

/**
 * The embedded default cache: a directory of content-addressed objects (a file produced by two
 * stages or two runs is stored once) and one small JSON record per stage key.
 *
 *   objects/ab/abcdef…   file content, named by its SHA-256
 *   entries/<key>.json   the StageRecord saved under that key
 *   latest/s-<stage>.json the newest record of each stage (to explain what changed)
 */
export class LocalCache implements StageCache {
  readonly name = 'local';

  constructor(
    private readonly dir: string,
    private readonly toAbsolute: (path: string) => string,
  ) {}

  private objectPath(digest: string): string {
    return join(this.dir, 'objects', digest.slice(0, 2), digest);
  }

  async lookup(stage: string, key: string): Promise<StageRecord | undefined> {
    return checkRecord(await readJson(join(this.dir, 'entries', `${key}.json`)), { stage, key });
  }

  async latest(stage: string): Promise<StageRecord | undefined> {
    return checkRecord(await readJson(join(this.dir, 'latest', stageFileName(stage))), { stage });
  }

  async save(record: StageRecord): Promise<SaveOutcome> {
    try {
      const entry = join(this.dir, 'entries', `${record.key}.json`);
      if (existsSync(entry)) return { ok: true, bytes: 0 }; // entries are immutable, like the Actions cache
      let bytes = 0;
      for (const file of cachedFiles(record)) bytes += this.store(file);
      const json = JSON.stringify(record);
      writeFileAtomic(entry, json);
      writeFileAtomic(join(this.dir, 'latest', stageFileName(record.stage)), json);
      return { ok: true, bytes };
    } catch (e) {
      return { ok: false, reason: (e as Error).message };
    }
  }

  /**
   * Copies a workspace file into the store unless its content is already there. A reflink where
   * the file system can (btrfs, XFS, APFS: blocks shared copy-on-write, so no data is copied), a
   * copy elsewhere; never a hard link, which a later stage writing the output in place would
   * turn into a corrupt object (__tests__/engine/store-in-place.test.ts).
   */
  private store(file: FileDigest): number {
    const target = this.objectPath(file.digest);
    if (existsSync(target)) return 0;
    mkdirSync(join(target, '..'), { recursive: true });
    const tmp = `${target}.${process.pid}.${counter++}.tmp`;
    copyFileSync(this.toAbsolute(file.path), tmp, constants.COPYFILE_FICLONE);
    const actual = sha256File(tmp, statSync(tmp).size);
    if (actual !== file.digest) {
      rmSync(tmp, { force: true });
      throw new Error(`${file.path} changed while it was being saved`);
    }
    renameSync(tmp, target);
    return file.size;
  }

  async restore(record: StageRecord): Promise<RestoreOutcome> {
    const files = cachedFiles(record);
    // Verify every object before touching the workspace: a bad entry must not leave half an output.
    for (const file of files) {
      const object = this.objectPath(file.digest);
      if (!existsSync(object)) return { ok: false, reason: `object for ${file.path} is missing` };
      if (sha256File(object, statSync(object).size) !== file.digest) {
        rmSync(object, { force: true });
        return {
          ok: false,
          reason: `object for ${file.path} is corrupt (content does not match its hash); removed it`,
        };
      }
    }
    try {
      let bytes = 0;
      for (const output of record.outputs.filter((o) => o.cached))
        rmSync(this.toAbsolute(output.path), { recursive: true, force: true });
      for (const file of files) {
        const target = this.toAbsolute(file.path);
        mkdirSync(join(target, '..'), { recursive: true });
        const tmp = `${target}.${process.pid}.${counter++}.tmp`;
        copyFileSync(this.objectPath(file.digest), tmp, constants.COPYFILE_FICLONE);
        chmodSync(tmp, file.executable ? 0o755 : 0o644);
        renameSync(tmp, target);
        bytes += file.size;
      }
      return { ok: true, bytes };
    } catch (e) {
      return { ok: false, reason: (e as Error).message };
    }
  }
}

function cachedFiles(record: StageRecord): FileDigest[] {
  return record.outputs.filter((o) => o.cached).flatMap((o) => o.files);
}
