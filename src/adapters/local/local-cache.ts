import { createHash } from 'node:crypto';
import {
  chmodSync,
  closeSync,
  constants,
  copyFileSync,
  existsSync,
  fstatSync,
  linkSync,
  mkdirSync,
  openSync,
  readSync,
  renameSync,
  rmSync,
  statSync,
  writeSync,
} from 'node:fs';
import { dirname, join } from 'node:path';
import { checkRecord } from '../../core/record-check.js';
import type { FileDigest, StageRecord } from '../../core/record.js';
import type { RestoreOutcome, SaveOutcome, StageCache } from '../../ports.js';
import { KnownDirs, readJson, stageFileName, tempName, writeFileAtomic } from './atomic.js';
import { sha256File } from '../hashing/file-hasher.js';
import { sweepSiblingTemps } from './sweep.js';

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
  /** objects/ab, entries, latest: made once per process, not once per stage. */
  private readonly dirs = new KnownDirs();

  constructor(
    private readonly dir: string,
    private readonly toAbsolute: (path: string) => string,
  ) {}

  private objectPath(digest: string): string {
    return join(this.dir, 'objects', digest.slice(0, 2), digest);
  }

  private entryPath(key: string): string {
    return join(this.dir, 'entries', `${key}.json`);
  }

  /**
   * An entry counts only while every object it names is there with its size: `status` must not
   * promise a restore the store cannot do. Contents are verified when restored.
   */
  async lookup(stage: string, key: string): Promise<StageRecord | undefined> {
    const record = checkRecord(await readJson(this.entryPath(key)), { stage, key });
    return record && this.complete(record) ? record : undefined;
  }

  private complete(record: StageRecord): boolean {
    return cachedFiles(record).every(
      (f) => statSync(this.objectPath(f.digest), { throwIfNoEntry: false })?.size === f.size,
    );
  }

  async latest(stage: string): Promise<StageRecord | undefined> {
    return checkRecord(await readJson(join(this.dir, 'latest', stageFileName(stage))), { stage });
  }

  async save(record: StageRecord): Promise<SaveOutcome> {
    try {
      const entry = this.entryPath(record.key);
      // Entries are immutable, like the Actions cache, unless one lost an object: then the
      // rerun's save heals it (objects first, the entry last, so readers never see a dangling one).
      const existing = checkRecord(await readJson(entry), { stage: record.stage, key: record.key });
      if (existing && this.complete(existing)) return { ok: true, bytes: 0 };
      let bytes = 0;
      for (const file of cachedFiles(record)) bytes += this.store(file);
      const json = JSON.stringify(record);
      writeFileAtomic(entry, json, this.dirs);
      this.writeLatest(entry, join(this.dir, 'latest', stageFileName(record.stage)), json);
      return { ok: true, bytes };
    } catch (e) {
      return { ok: false, reason: (e as Error).message };
    }
  }

  /**
   * The newest record of a stage is the entry just written: a second name for it (a hard link,
   * renamed into place) instead of a second copy. Creating a file costs 0.2–0.35 ms of CPU on
   * ext4 here, a link a tenth of that. Entries are never changed in place (written whole and
   * renamed), so the two names cannot drift apart. Where links are not allowed, a copy.
   */
  private writeLatest(entry: string, latest: string, json: string): void {
    try {
      this.dirs.writeInto(dirname(latest), () => {
        const tmp = tempName(latest);
        try {
          linkSync(entry, tmp);
          // (Were both names one file already, rename would leave tmp: it cannot be, the entry
          // was just written as a new file; a concurrent save of the same key could leave one
          // temporary name, which gc removes.)
          renameSync(tmp, latest);
        } catch (e) {
          rmSync(tmp, { force: true });
          throw e;
        }
      });
    } catch {
      writeFileAtomic(latest, json, this.dirs);
    }
  }

  /**
   * Copies a workspace file into the store unless its content is already there. Safe with other
   * writers (several projects may share the store): each writes its own temporary name, checks
   * the copy against the recorded digest and renames it into place; a rename over an identical
   * object changes nothing for readers, who verify what they read anyway. Nothing is flushed to
   * the disk (no fsync): that cost 2 × 5–10 ms per stage on ext4 with the event loop blocked,
   * and every reader already checks what it reads (restore and push verify each object's
   * digest, entries go through checkRecord), so what a crash can leave behind (a name on blocks
   * never written) costs a rerun, never a wrong output (docs/performance.md). The copy is
   * a reflink where the file system can (btrfs, XFS, APFS: blocks shared copy-on-write, no data
   * copied), a plain copy elsewhere; never a hard link, which a later stage writing the output in
   * place would turn into a corrupt object (__tests__/engine/store-in-place.test.ts).
   */
  private store(file: FileDigest): number {
    const target = this.objectPath(file.digest);
    if (statSync(target, { throwIfNoEntry: false })?.size === file.size) return 0;
    this.dirs.writeInto(dirname(target), () => this.copyIn(file, target));
    return file.size;
  }

  private copyIn(file: FileDigest, target: string): void {
    const source = this.toAbsolute(file.path);
    const tmp = tempName(target);
    try {
      if (file.size <= SMALL_OBJECT) writeSmallObject(source, tmp, file);
      else {
        copyFileSync(source, tmp, constants.COPYFILE_FICLONE);
        if (sha256File(tmp, statSync(tmp).size) !== file.digest) throw changedWhileSaved(file);
      }
      renameSync(tmp, target);
    } catch (e) {
      rmSync(tmp, { force: true });
      throw e;
    }
  }

  /** A failed verification drops the entry, so the rerun's save writes it again. */
  private forgetEntry(record: StageRecord): void {
    rmSync(this.entryPath(record.key), { force: true });
  }

  async restore(record: StageRecord): Promise<RestoreOutcome> {
    const files = cachedFiles(record);
    // Verify every object before touching the workspace: a bad entry must not leave half an output.
    for (const file of files) {
      const object = this.objectPath(file.digest);
      if (!existsSync(object)) {
        this.forgetEntry(record);
        return { ok: false, reason: `object for ${file.path} is missing; removed the entry` };
      }
      if (sha256File(object, statSync(object).size) !== file.digest) {
        rmSync(object, { force: true });
        this.forgetEntry(record);
        return {
          ok: false,
          reason: `object for ${file.path} is corrupt (content does not match its hash); removed it and its entry`,
        };
      }
    }
    try {
      let bytes = 0;
      for (const output of record.outputs.filter((o) => o.cached)) {
        const target = this.toAbsolute(output.path);
        rmSync(target, { recursive: true, force: true });
        // A restore killed midway left its temporary copy beside a file output (a directory
        // output's went with the directory).
        if (output.kind === 'file') sweepSiblingTemps(target, Date.now());
      }
      for (const file of files) {
        const target = this.toAbsolute(file.path);
        mkdirSync(join(target, '..'), { recursive: true });
        const tmp = tempName(target);
        try {
          copyFileSync(this.objectPath(file.digest), tmp, constants.COPYFILE_FICLONE);
          chmodSync(tmp, file.executable ? 0o755 : 0o644);
          renameSync(tmp, target);
        } catch (e) {
          rmSync(tmp, { force: true });
          throw e;
        }
        bytes += file.size;
      }
      return { ok: true, bytes };
    } catch (e) {
      return { ok: false, reason: (e as Error).message };
    }
  }
}

/**
 * Objects up to this size are read into memory, checked and written, instead of copied and
 * read back to be checked: half the system calls, and the bytes checked are the bytes written.
 * Far below the hash's leaf size, so their digest is the plain SHA-256 computed here.
 */
const SMALL_OBJECT = 64 * 1024;

function writeSmallObject(source: string, tmp: string, file: FileDigest): void {
  const { bytes, mode } = readUpTo(source, file.size + 1);
  if (createHash('sha256').update(bytes).digest('hex') !== file.digest)
    throw changedWhileSaved(file);
  // The source's permissions, as a copy would have them (an output only its owner may read
  // stays so in the store); the umask can only take bits away.
  const fd = openSync(tmp, 'wx', mode & 0o777);
  try {
    for (let at = 0; at < bytes.length;) at += writeSync(fd, bytes, at, bytes.length - at);
  } finally {
    closeSync(fd);
  }
}

/** At most `limit` bytes of a file (one more than expected shows it grew), and its mode. */
function readUpTo(file: string, limit: number): { bytes: Buffer; mode: number } {
  const buffer = Buffer.allocUnsafe(limit);
  const fd = openSync(file, 'r');
  try {
    const { mode } = fstatSync(fd);
    let at = 0;
    for (let n = 1; at < limit && n > 0; at += n) n = readSync(fd, buffer, at, limit - at, null);
    return { bytes: buffer.subarray(0, at), mode };
  } finally {
    closeSync(fd);
  }
}

function changedWhileSaved(file: FileDigest): Error {
  return new Error(`${file.path} changed while it was being saved`);
}

function cachedFiles(record: StageRecord): FileDigest[] {
  return record.outputs.filter((o) => o.cached).flatMap((o) => o.files);
}
