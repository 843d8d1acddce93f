/**
 * Tiny, dependency-free readers for the archives the publishing code produces, so tests can assert
 * what was really uploaded:
 * - `readZip`: the artifact zip written by `@actions/artifact` (archiver: deflated entries with data
 *   descriptors, so sizes come from the central directory; zip64 extras understood);
 * - `readTar`: the Pages `artifact.tar` (ustar / GNU / pax headers; type flags for files,
 *   directories, symlinks and hard links are reported, not followed);
 * - `readPagesArtifact`: the `github-pages` artifact as upload-pages-artifact makes it: a zip holding
 *   exactly one `artifact.tar`.
 * All readers verify what they can (zip CRC-32, tar header checksums) and throw on damage.
 */
import { crc32, inflateRawSync } from 'node:zlib';

export interface ZipEntry {
  /** Name as stored (directories end with `/`). */
  readonly name: string;
  readonly isDirectory: boolean;
  /** 0 = stored, 8 = deflated. */
  readonly method: number;
  readonly size: number;
  readonly compressedSize: number;
  readonly crc32: number;
  /** Unix mode (file type and permission bits) when the entry was made on Unix, else undefined. */
  readonly mode: number | undefined;
  readonly content: Buffer;
}

const SIG_EOCD = 0x06054b50;
const SIG_ZIP64_LOCATOR = 0x07064b50;
const SIG_ZIP64_EOCD = 0x06064b50;
const SIG_CENTRAL = 0x02014b50;
const SIG_LOCAL = 0x04034b50;

function u64(buf: Buffer, offset: number): number {
  const v = buf.readBigUInt64LE(offset);
  if (v > BigInt(Number.MAX_SAFE_INTEGER)) throw new Error('zip: 64-bit value too large');
  return Number(v);
}

/** Parses a whole zip file (central directory first, like unzip does). */
export function readZip(buf: Buffer): ZipEntry[] {
  let eocd = -1;
  for (let i = buf.length - 22; i >= Math.max(0, buf.length - 22 - 0xffff); i--) {
    if (buf.readUInt32LE(i) === SIG_EOCD) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new Error('zip: end of central directory not found (not a zip file?)');
  let count = buf.readUInt16LE(eocd + 10);
  let cdOffset = buf.readUInt32LE(eocd + 16);
  if (count === 0xffff || cdOffset === 0xffffffff) {
    const loc = eocd - 20;
    if (loc < 0 || buf.readUInt32LE(loc) !== SIG_ZIP64_LOCATOR)
      throw new Error('zip: zip64 locator missing');
    const z64 = u64(buf, loc + 8);
    if (buf.readUInt32LE(z64) !== SIG_ZIP64_EOCD) throw new Error('zip: zip64 end record missing');
    count = u64(buf, z64 + 32);
    cdOffset = u64(buf, z64 + 48);
  }

  const entries: ZipEntry[] = [];
  let p = cdOffset;
  for (let n = 0; n < count; n++) {
    if (buf.readUInt32LE(p) !== SIG_CENTRAL)
      throw new Error(`zip: bad central directory header at ${p}`);
    const madeBy = buf.readUInt16LE(p + 4);
    const flags = buf.readUInt16LE(p + 8);
    const method = buf.readUInt16LE(p + 10);
    const crc = buf.readUInt32LE(p + 16);
    let compressedSize = buf.readUInt32LE(p + 20);
    let size = buf.readUInt32LE(p + 24);
    const nameLen = buf.readUInt16LE(p + 28);
    const extraLen = buf.readUInt16LE(p + 30);
    const commentLen = buf.readUInt16LE(p + 32);
    const external = buf.readUInt32LE(p + 38);
    let localOffset = buf.readUInt32LE(p + 42);
    const name = buf.toString(flags & 0x800 ? 'utf8' : 'latin1', p + 46, p + 46 + nameLen);
    // zip64 extra field: only the fields that are 0xFFFFFFFF in the header, in this order.
    let e = p + 46 + nameLen;
    const extraEnd = e + extraLen;
    while (e + 4 <= extraEnd) {
      const id = buf.readUInt16LE(e);
      const len = buf.readUInt16LE(e + 2);
      if (id === 0x0001) {
        let q = e + 4;
        if (size === 0xffffffff) {
          size = u64(buf, q);
          q += 8;
        }
        if (compressedSize === 0xffffffff) {
          compressedSize = u64(buf, q);
          q += 8;
        }
        if (localOffset === 0xffffffff) localOffset = u64(buf, q);
      }
      e += 4 + len;
    }
    p = extraEnd + commentLen;

    if (buf.readUInt32LE(localOffset) !== SIG_LOCAL)
      throw new Error(`zip: bad local header for ${name}`);
    const dataStart =
      localOffset + 30 + buf.readUInt16LE(localOffset + 26) + buf.readUInt16LE(localOffset + 28);
    const raw = buf.subarray(dataStart, dataStart + compressedSize);
    let content: Buffer;
    if (method === 0) content = Buffer.from(raw);
    else if (method === 8) content = inflateRawSync(raw);
    else throw new Error(`zip: unsupported compression method ${method} for ${name}`);
    if (content.length !== size)
      throw new Error(`zip: ${name}: size ${content.length}, expected ${size}`);
    if (crc32(content) !== crc) throw new Error(`zip: ${name}: CRC-32 mismatch`);
    entries.push({
      name,
      isDirectory: name.endsWith('/'),
      method,
      size,
      compressedSize,
      crc32: crc,
      mode: madeBy >> 8 === 3 ? external >>> 16 : undefined,
      content,
    });
  }
  return entries;
}

/** Files of a zip (directories left out): name → content as UTF-8 text. */
export function zipTextFiles(buf: Buffer): Record<string, string> {
  const out: Record<string, string> = {};
  for (const e of readZip(buf)) if (!e.isDirectory) out[e.name] = e.content.toString('utf8');
  return out;
}

export type TarEntryType =
  'file' | 'hardlink' | 'symlink' | 'char' | 'block' | 'directory' | 'fifo' | 'other';

export interface TarEntry {
  /** Name as stored, e.g. `./index.html` or `./assets/` (pax / GNU long names applied). */
  readonly name: string;
  /** `name` without a leading `./` or trailing `/`; `` for the root directory `./`. */
  readonly path: string;
  readonly type: TarEntryType;
  /** Raw type flag character (`'0'`, `'1'`, `'2'`, `'5'`, ...; `'\0'` is an old-style file). */
  readonly typeflag: string;
  readonly mode: number;
  readonly size: number;
  readonly mtime: number;
  /** Link target for symlinks and hard links, else ``. */
  readonly linkname: string;
  /** `ustar` (POSIX / pax), `gnu` or `v7`. */
  readonly format: 'ustar' | 'gnu' | 'v7';
  readonly content: Buffer;
}

const TYPES: Readonly<Record<string, TarEntryType>> = {
  '0': 'file',
  '\0': 'file',
  '7': 'file',
  '1': 'hardlink',
  '2': 'symlink',
  '3': 'char',
  '4': 'block',
  '5': 'directory',
  '6': 'fifo',
};

function cstr(buf: Buffer, start: number, len: number): string {
  const field = buf.subarray(start, start + len);
  const nul = field.indexOf(0);
  return field.toString('utf8', 0, nul < 0 ? len : nul);
}

/** Octal numeric field, or GNU base-256 when the high bit of the first byte is set. */
function num(buf: Buffer, start: number, len: number): number {
  const first = buf[start] ?? 0;
  if (first & 0x80) {
    let v = first & 0x7f;
    for (let i = 1; i < len; i++) v = v * 256 + (buf[start + i] ?? 0);
    return v;
  }
  const s = cstr(buf, start, len).trim();
  return s === '' ? 0 : parseInt(s, 8);
}

function parsePax(data: Buffer): Record<string, string> {
  const out: Record<string, string> = {};
  let p = 0;
  while (p < data.length) {
    const sp = data.indexOf(0x20, p);
    if (sp < 0) break;
    const len = parseInt(data.toString('utf8', p, sp), 10);
    if (!Number.isFinite(len) || len <= 0) throw new Error('tar: bad pax record');
    const record = data.toString('utf8', sp + 1, p + len - 1); // without the trailing \n
    const eq = record.indexOf('=');
    if (eq > 0) out[record.slice(0, eq)] = record.slice(eq + 1);
    p += len;
  }
  return out;
}

function normalize(name: string): string {
  let s = name;
  while (s.startsWith('./')) s = s.slice(2);
  if (s === '.') s = '';
  return s.replace(/\/+$/, '');
}

/** Parses a tar archive (uncompressed). Header checksums are verified. */
export function readTar(buf: Buffer): TarEntry[] {
  const entries: TarEntry[] = [];
  let p = 0;
  let pax: Record<string, string> = {};
  let globalPax: Record<string, string> = {};
  let longName: string | undefined;
  let longLink: string | undefined;
  while (p + 512 <= buf.length) {
    const h = buf.subarray(p, p + 512);
    if (h.every((b) => b === 0)) break; // end-of-archive marker
    const stored = num(h, 148, 8);
    let sum = 0;
    for (let i = 0; i < 512; i++) sum += i >= 148 && i < 156 ? 0x20 : (h[i] ?? 0);
    if (sum !== stored) throw new Error(`tar: header checksum mismatch at offset ${p}`);
    const typeflag = String.fromCharCode(h[156] ?? 0);
    const magic = h.toString('latin1', 257, 263);
    const format = magic === 'ustar\0' ? 'ustar' : magic === 'ustar ' ? 'gnu' : 'v7';
    let size = num(h, 124, 12);
    const paxSize = pax['size'] ?? globalPax['size'];
    if (paxSize !== undefined && !'xgLK'.includes(typeflag)) size = Number(paxSize);
    const dataStart = p + 512;
    const content = Buffer.from(buf.subarray(dataStart, dataStart + size));
    if (content.length !== size) throw new Error(`tar: truncated entry at offset ${p}`);
    p = dataStart + Math.ceil(size / 512) * 512;

    if (typeflag === 'x') {
      pax = parsePax(content);
      continue;
    }
    if (typeflag === 'g') {
      globalPax = { ...globalPax, ...parsePax(content) };
      continue;
    }
    if (typeflag === 'L') {
      longName = cstr(content, 0, content.length);
      continue;
    }
    if (typeflag === 'K') {
      longLink = cstr(content, 0, content.length);
      continue;
    }
    let name = cstr(h, 0, 100);
    if (format === 'ustar') {
      const prefix = cstr(h, 345, 155);
      if (prefix) name = `${prefix}/${name}`;
    }
    name = pax['path'] ?? longName ?? name;
    const linkname = pax['linkpath'] ?? longLink ?? cstr(h, 157, 100);
    let type = TYPES[typeflag] ?? 'other';
    if (type === 'file' && typeflag === '\0' && name.endsWith('/')) type = 'directory';
    entries.push({
      name,
      path: normalize(name),
      type,
      typeflag,
      mode: num(h, 100, 8),
      size,
      mtime: num(h, 136, 12),
      linkname,
      format,
      content,
    });
    pax = {};
    longName = undefined;
    longLink = undefined;
  }
  return entries;
}

/** Regular files of a tar: normalized path → content as UTF-8 text. */
export function tarTextFiles(entries: readonly TarEntry[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const e of entries) if (e.type === 'file') out[e.path] = e.content.toString('utf8');
  return out;
}

/**
 * The site inside a `github-pages` artifact: checks the zip holds exactly one file named
 * `artifact.tar` (what deploy-pages expects) and returns the tar's entries.
 */
export function readPagesArtifact(zip: Buffer): TarEntry[] {
  const entries = readZip(zip);
  const names = entries.map((e) => e.name);
  const [only] = entries;
  if (entries.length !== 1 || !only || only.name !== 'artifact.tar') {
    throw new Error(
      `github-pages artifact must hold exactly one artifact.tar; found ${JSON.stringify(names)}`,
    );
  }
  return readTar(only.content);
}
