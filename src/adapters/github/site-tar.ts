import {
  closeSync,
  lstatSync,
  openSync,
  readdirSync,
  readSync,
  realpathSync,
  statSync,
  writeSync,
} from 'node:fs';
import { join, relative, sep } from 'node:path';

/** Pages supports sites up to 1 GB (10 GB is a hard limit): warn above the supported size. */
export const PAGES_SUPPORTED_BYTES = 1024 ** 3;

/** Names the official upload-pages-artifact leaves out: they are never part of a site. */
const EXCLUDED = new Set(['.git', '.github']);

export class SiteProblem extends Error {}

export interface SiteTar {
  readonly files: number;
  readonly bytes: number;
  readonly warnings: readonly string[];
}

/**
 * Writes a site directory as the uncompressed tar that GitHub Pages deploys. Unlike the
 * official action it keeps dotfiles (`.nojekyll`, `.well-known/`); symlinks that stay inside
 * the site are stored as the files they point to, those that leave it and hard links are refused.
 */
export function writeSiteTar(siteDir: string, tarFile: string): SiteTar {
  const root = realpathSync(siteDir);
  const entries: { name: string; abs: string; kind: 'file' | 'dir'; size: number; mode: number }[] =
    [];
  collect(root, root, '', entries, new Set());
  const fd = openSync(tarFile, 'w');
  let bytes = 0;
  try {
    for (const entry of entries) {
      writeHeader(fd, entry.kind === 'dir' ? `${entry.name}/` : entry.name, entry);
      if (entry.kind === 'file') {
        copyContent(fd, entry.abs, entry.size);
        bytes += entry.size;
      }
    }
    writeSync(fd, Buffer.alloc(1024)); // two empty blocks end the archive
  } finally {
    closeSync(fd);
  }
  const warnings =
    bytes > PAGES_SUPPORTED_BYTES
      ? [`the site is ${(bytes / 1024 ** 3).toFixed(1)} GB; GitHub Pages supports sites up to 1 GB`]
      : [];
  return { files: entries.filter((e) => e.kind === 'file').length, bytes, warnings };
}

function collect(
  root: string,
  dir: string,
  prefix: string,
  entries: { name: string; abs: string; kind: 'file' | 'dir'; size: number; mode: number }[],
  seen: Set<string>,
): void {
  if (seen.has(dir))
    throw new SiteProblem(`${prefix || '.'} links back to a directory above it (a symlink loop)`);
  seen.add(dir);
  for (const name of readdirSync(dir).sort()) {
    if (EXCLUDED.has(name)) continue;
    const abs = join(dir, name);
    const path = prefix ? `${prefix}/${name}` : name;
    let stats = lstatSync(abs);
    let real = abs;
    if (stats.isSymbolicLink()) {
      try {
        real = realpathSync(abs);
      } catch {
        throw new SiteProblem(`${path} is a broken symlink`);
      }
      const rel = relative(root, real);
      if (rel === '..' || rel.startsWith('..' + sep) || rel.startsWith(sep)) {
        throw new SiteProblem(
          `${path} is a symlink to ${real}, outside the site; copy the file into the site instead`,
        );
      }
      stats = statSync(real);
    }
    if (stats.isDirectory()) {
      entries.push({ name: path, abs: real, kind: 'dir', size: 0, mode: stats.mode & 0o777 });
      collect(root, real, path, entries, new Set(seen));
    } else if (stats.isFile()) {
      if (stats.nlink > 1)
        throw new SiteProblem(
          `${path} is a hard link; Pages refuses them: write a copy instead (cp, not cp -l/ln)`,
        );
      entries.push({
        name: path,
        abs: real,
        kind: 'file',
        size: stats.size,
        mode: stats.mode & 0o777,
      });
    }
  }
}

/** Entry facts the header says: a directory or a regular file, its size and permission bits. */
export interface TarEntry {
  readonly kind: 'file' | 'dir';
  readonly size: number;
  readonly mode: number;
}

/** The largest size the ustar header's 11 octal digits hold: 8 GiB - 1. */
const USTAR_MAX_SIZE = 8 ** 11 - 1;

function writeHeader(fd: number, name: string, entry: TarEntry): void {
  writeSync(fd, entryHeader(name, entry));
}

/**
 * The header blocks of one entry: a PAX extended header when the name is over ustar's 100 bytes
 * or the size over its 8 GiB (`path` and `size` records, which every reader of PAX prefers),
 * then the ustar header. A size too big for octal is also written in the base-256 form GNU tar
 * reads, so an old reader that ignores PAX still finds where the next entry starts.
 */
export function entryHeader(name: string, entry: TarEntry): Buffer {
  const nameBytes = Buffer.from(name);
  const size = entry.kind === 'dir' ? 0 : entry.size;
  const records: Buffer[] = [];
  if (nameBytes.length > 100) records.push(paxRecord('path', name));
  if (size > USTAR_MAX_SIZE) records.push(paxRecord('size', String(size)));
  const main = header(
    nameBytes.length > 100 ? truncateUtf8(nameBytes, 99) : nameBytes,
    entry.kind === 'dir' ? '5' : '0',
    size,
    entry.mode,
  );
  if (records.length === 0) return main;
  const body = Buffer.concat(records);
  return Buffer.concat([
    header(Buffer.from('PaxHeader'), 'x', body.length, 0o644),
    pad(body),
    main,
  ]);
}

/** At most `max` bytes, cut before a UTF-8 continuation byte (the PAX path has the full name). */
function truncateUtf8(bytes: Buffer, max: number): Buffer {
  let end = Math.min(max, bytes.length);
  while (end > 0 && ((bytes[end] as number) & 0xc0) === 0x80) end--;
  return bytes.subarray(0, end);
}

/** `"<length> <key>=<value>\n"`, where the length counts its own digits. */
function paxRecord(key: string, value: string): Buffer {
  const text = ` ${key}=${value}\n`;
  const base = Buffer.byteLength(text);
  let digits = String(base).length;
  if (String(base + digits).length > digits) digits++;
  return Buffer.from(`${base + digits}${text}`);
}

function header(name: Buffer, type: string, size: number, mode: number): Buffer {
  const block = Buffer.alloc(512);
  name.copy(block, 0, 0, Math.min(100, name.length));
  block.write(octal(mode & 0o7777, 8), 100);
  block.write(octal(0, 8), 108);
  block.write(octal(0, 8), 116);
  writeSize(block, size);
  block.write(octal(0, 12), 136); // mtime 0: the same site gives the same bytes
  block.write('        ', 148);
  block.write(type, 156);
  block.write('ustar\u000000', 257, 'binary');
  let sum = 0;
  for (const byte of block) sum += byte;
  block.write(octal(sum, 7) + '\0', 148);
  return block;
}

/** Octal when it fits; else base-256: 0x80, then the size big-endian in the other 11 bytes. */
function writeSize(block: Buffer, size: number): void {
  if (size <= USTAR_MAX_SIZE) {
    block.write(octal(size, 12), 124);
    return;
  }
  block[124] = 0x80;
  let rest = size;
  for (let i = 135; i > 124; i--) {
    block[i] = rest % 256;
    rest = Math.floor(rest / 256);
  }
}

function octal(value: number, width: number): string {
  return value.toString(8).padStart(width - 1, '0') + '\0';
}

function pad(data: Buffer): Buffer {
  const rest = data.length % 512;
  return rest === 0 ? data : Buffer.concat([data, Buffer.alloc(512 - rest)]);
}

function copyContent(fd: number, abs: string, size: number): void {
  const source = openSync(abs, 'r');
  const buffer = Buffer.allocUnsafe(1024 * 1024);
  let copied = 0;
  try {
    while (copied < size) {
      const read = readSync(source, buffer, 0, Math.min(buffer.length, size - copied), null);
      if (read === 0) throw new SiteProblem(`${abs} shrank while it was being packed`);
      writeSync(fd, buffer, 0, read);
      copied += read;
    }
  } finally {
    closeSync(source);
  }
  const rest = size % 512;
  if (rest !== 0) writeSync(fd, Buffer.alloc(512 - rest));
}
