import { randomBytes } from 'node:crypto';
import {
  chmodSync,
  copyFileSync,
  linkSync,
  lstatSync,
  mkdirSync,
  readdirSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join } from 'node:path';
import type { FileDigest, OutputRecord } from '../../core/record.js';
import { sha256File } from '../hashing/file-hasher.js';

/**
 * Where the Actions cache puts outputs on their way in and out, so that a restore never touches the
 * workspace until every output of a record is downloaded and verified (a failed restore leaves the
 * user's files as they were), and so that an entry's archive does not depend on the output's path.
 *
 * The toolkit extracts an archive at the paths it was created from (relative to GITHUB_WORKSPACE,
 * a process-wide variable that stage commands inherit: we must not change it). So a large output is
 * archived from `.reprokit/actions-cache/xfer/<digest>`, a copy made of hard links, and is therefore
 * extracted there too: outside the output's own path, ready to be checked and then moved in.
 */
export const XFER_DIR = '.reprokit/actions-cache/xfer';
const STAGING_DIR = '.reprokit/actions-cache';

/** The path (relative to the root) an entry holding this output is archived from. */
export function xferPath(output: OutputRecord): string {
  return `${XFER_DIR}/${output.digest}`;
}

/** Where `file` of `output` lies when the output's root is at `base` instead of `output.path`. */
export function placedAt(base: string, output: OutputRecord, file: FileDigest): string {
  return file.path === output.path ? base : `${base}/${file.path.slice(output.path.length + 1)}`;
}

/**
 * Puts the output's files at `to` (relative to root) as hard links (no bytes copied), or as copies
 * where linking is refused (another file system, a symbolic link: a copy follows it).
 */
export function linkOutput(root: string, output: OutputRecord, to: string): void {
  rmSync(join(root, to), { recursive: true, force: true });
  for (const file of output.files) {
    const from = join(root, file.path);
    const at = join(root, placedAt(to, output, file));
    mkdirSync(dirname(at), { recursive: true });
    try {
      if (!lstatSync(from).isFile()) throw new Error('not a regular file');
      linkSync(from, at);
    } catch {
      copyFileSync(from, at);
    }
  }
}

/**
 * What is wrong with the output placed at `at` (relative to root), or undefined when it holds
 * exactly the recorded files with the recorded digests.
 */
export function checkPlaced(root: string, output: OutputRecord, at: string): string | undefined {
  let present: string[];
  try {
    present = output.kind === 'dir' ? listTree(join(root, at)) : [''];
    if (output.kind !== 'dir' && !lstatSync(join(root, at)).isFile()) present = [];
  } catch {
    return `${output.path} is missing`;
  }
  const expected = output.files
    .map((f) => (f.path === output.path ? '' : f.path.slice(output.path.length + 1)))
    .sort();
  if (present.sort().join('\n') !== expected.join('\n'))
    return `${output.path} holds other files than recorded`;
  for (const file of output.files)
    if (sha256File(join(root, placedAt(at, output, file)), file.size) !== file.digest)
      return `${file.path} differs`;
  return undefined;
}

/** Files under a directory (links count as files), relative to it. */
function listTree(abs: string, prefix = ''): string[] {
  const found: string[] = [];
  for (const entry of readdirSync(abs, { withFileTypes: true })) {
    const rel = prefix === '' ? entry.name : `${prefix}/${entry.name}`;
    if (entry.isDirectory()) found.push(...listTree(join(abs, entry.name), rel));
    else found.push(rel);
  }
  return found;
}

/**
 * One restore's private directory: each output is assembled in its slot, then all of them are
 * swapped into the workspace together; whatever the workspace held there is kept aside until the
 * swap has succeeded, and put back if it fails.
 */
export class RestoreStaging {
  /** Relative to root. */
  readonly dir: string;

  constructor(private readonly root: string) {
    this.dir = `${STAGING_DIR}/restore-${randomBytes(6).toString('hex')}`;
    mkdirSync(join(root, this.dir), { recursive: true });
  }

  slot(index: number): string {
    return `${this.dir}/${index}`;
  }

  /** Writes verified content into a slot (inline outputs). */
  write(slot: string, output: OutputRecord, contents: ReadonlyMap<string, Buffer>): void {
    for (const file of output.files) {
      const at = join(this.root, placedAt(slot, output, file));
      mkdirSync(dirname(at), { recursive: true });
      writeFileSync(at, contents.get(file.digest) as Buffer);
      chmodSync(at, file.executable ? 0o755 : 0o644);
    }
  }

  /** Moves a checked tree (relative to root) into a slot. */
  adopt(from: string, slot: string): void {
    renameSync(join(this.root, from), join(this.root, slot));
  }

  /**
   * Moves every slot to its output path. On a failure (an output path on another file system, a
   * parent that is a file) everything moved so far is undone and the workspace is as before.
   */
  swapIn(items: readonly { path: string; slot: string }[]): string | undefined {
    const done: { dest: string; kept: string | undefined }[] = [];
    try {
      items.forEach((item, index) => {
        const dest = join(this.root, item.path);
        let kept: string | undefined = join(this.root, this.dir, `kept-${index}`);
        try {
          renameSync(dest, kept);
        } catch (e) {
          if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
          kept = undefined;
        }
        done.push({ dest, kept });
        mkdirSync(dirname(dest), { recursive: true });
        renameSync(join(this.root, item.slot), dest);
      });
      return undefined;
    } catch (e) {
      for (const { dest, kept } of done.reverse()) {
        rmSync(dest, { recursive: true, force: true });
        if (kept !== undefined) renameSync(kept, dest);
      }
      return `could not move the restored outputs into place (${(e as Error).message})`;
    }
  }

  /** Removes the staging directory and what the workspace held before a successful swap. */
  dispose(): void {
    rmSync(join(this.root, this.dir), { recursive: true, force: true });
  }
}
