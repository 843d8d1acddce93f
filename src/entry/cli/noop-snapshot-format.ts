/**
 * The bytes of the no-op snapshot (noop-snapshot.ts says what it is for). Binary and columnar,
 * like the stat cache, because the fast path reads it on every plain `status`/`run`: a small
 * JSON header, then the recorded numbers as one Float64Array (five per path: size, mtimeMs,
 * ctimeMs, ino, mode), the paths NUL-separated, and text sections read only when needed (the
 * stages, and the exact `status` answers the check rendered). Parsing 15,000 JSON arrays and
 * building the report anew cost more than the 15,000 lstat calls themselves.
 *
 *   "RKNOOP4\n" | u32 LE header length | header JSON | zero padding to 8 | sections…
 *
 * A reader may hold only a prefix of the file: neededBytes says how long it must be.
 *
 * Pure: encoding and decoding only. Anything that does not decode exactly gives undefined.
 */

const MAGIC = 'RKNOOP4\n';

/** The numbers recorded per path, in this order. */
export const FIELDS_PER_PATH = 5;

/**
 * The sections after the header: `numbers` first, so that it is 8-byte aligned; then in the
 * order of need, so that a reader wanting `status --json` reads a prefix of the file only.
 */
const SECTIONS = ['numbers', 'paths', 'statusJson', 'statusText', 'stages'] as const;

/** Enough for the header of any but a very long root; neededBytes says when it is not. */
export const PREFIX_BYTES = 4096;
export type TextSection = 'stages' | 'statusJson' | 'statusText';

export interface SnapshotContent {
  readonly version: string;
  readonly root: string;
  readonly manifest: string;
  readonly paths: readonly string[];
  /** FIELDS_PER_PATH numbers per path. */
  readonly numbers: Float64Array;
  readonly stages: string;
  readonly statusJson: string;
  readonly statusText: string;
}

interface Header {
  readonly version: string;
  readonly root: string;
  readonly manifest: string;
  readonly count: number;
  /** Float64Array bytes are in the platform's order; a snapshot from another order is ignored. */
  readonly littleEndian: boolean;
  readonly total: number;
  /** [offset, length] in bytes from the start of the file. */
  readonly sections: Readonly<Record<(typeof SECTIONS)[number], readonly [number, number]>>;
}

const LITTLE_ENDIAN = new Uint8Array(new Float64Array([1]).buffer)[7] === 0x3f;

export function encodeSnapshot(content: SnapshotContent): Buffer {
  if (content.numbers.length !== content.paths.length * FIELDS_PER_PATH)
    throw new Error('encodeSnapshot: numbers do not match the paths');
  const bodies = {
    numbers: Buffer.from(
      content.numbers.buffer,
      content.numbers.byteOffset,
      content.numbers.byteLength,
    ),
    paths: Buffer.from(content.paths.join('\0'), 'utf8'),
    stages: Buffer.from(content.stages, 'utf8'),
    statusJson: Buffer.from(content.statusJson, 'utf8'),
    statusText: Buffer.from(content.statusText, 'utf8'),
  };
  // The header holds the offsets, whose values depend on the header's length: lay the sections
  // out after a header of a guessed length, grow the guess until the header fits.
  for (let room = 512; ; room *= 2) {
    let offset = align8(MAGIC.length + 4 + room);
    const sections = {} as Record<(typeof SECTIONS)[number], [number, number]>;
    for (const name of SECTIONS) {
      sections[name] = [offset, bodies[name].length];
      offset = align8(offset + bodies[name].length);
    }
    const header: Header = {
      version: content.version,
      root: content.root,
      manifest: content.manifest,
      count: content.paths.length,
      littleEndian: LITTLE_ENDIAN,
      total: offset,
      sections,
    };
    const headerBytes = Buffer.from(JSON.stringify(header), 'utf8');
    if (headerBytes.length > room) continue;
    const out = Buffer.alloc(offset);
    out.write(MAGIC, 0, 'latin1');
    out.writeUInt32LE(headerBytes.length, MAGIC.length);
    headerBytes.copy(out, MAGIC.length + 4);
    for (const name of SECTIONS) bodies[name].copy(out, sections[name][0]);
    return out;
  }
}

/** A decoded snapshot: the header and numbers at once, the text sections on demand. */
export interface DecodedSnapshot {
  readonly version: string;
  readonly root: string;
  readonly manifest: string;
  readonly paths: readonly string[];
  readonly numbers: Float64Array;
  /** Undefined for a section beyond the bytes decoded. */
  text(section: TextSection): string | undefined;
  /** The section's bytes, not copied: an answer is printed as it is, never decoded. */
  bytes(section: TextSection): Buffer | undefined;
}

/**
 * How many bytes from the start a reader needs for the paths and `section`, judged from a
 * prefix of the file of `size` bytes; undefined when the prefix does not hold the header.
 */
export function neededBytes(
  prefix: Buffer,
  size: number,
  section: TextSection,
): number | undefined {
  const header = decodeHeader(prefix, size);
  if (!header) return undefined;
  const [at, length] = header.sections[section];
  return Math.max(at + length, header.sections.paths[0] + header.sections.paths[1]);
}

function decodeHeader(bytes: Buffer, size: number): Header | undefined {
  if (bytes.length < MAGIC.length + 4 || bytes.toString('latin1', 0, MAGIC.length) !== MAGIC)
    return undefined;
  const headerEnd = MAGIC.length + 4 + bytes.readUInt32LE(MAGIC.length);
  if (headerEnd > bytes.length) return undefined;
  let header: Header;
  try {
    header = JSON.parse(bytes.toString('utf8', MAGIC.length + 4, headerEnd)) as Header;
  } catch {
    return undefined;
  }
  return validHeader(header, size, headerEnd) ? header : undefined;
}

/**
 * `bytes` is the file, or its first bytes when the file has `size` bytes; a section beyond
 * them reads as undefined.
 */
export function decodeSnapshot(bytes: Buffer, size = bytes.length): DecodedSnapshot | undefined {
  const header = decodeHeader(bytes, size);
  if (!header) return undefined;
  const within = ([at, length]: readonly [number, number]) => at + length <= bytes.length;
  if (!within(header.sections.numbers) || !within(header.sections.paths)) return undefined;
  const [numbersAt, numbersLength] = header.sections.numbers;
  if (numbersLength !== header.count * FIELDS_PER_PATH * 8) return undefined;
  const numbers = float64s(bytes, numbersAt, header.count * FIELDS_PER_PATH);
  const [pathsAt, pathsLength] = header.sections.paths;
  const paths =
    header.count === 0 ? [] : bytes.toString('utf8', pathsAt, pathsAt + pathsLength).split('\0');
  if (paths.length !== header.count) return undefined;
  return {
    version: header.version,
    root: header.root,
    manifest: header.manifest,
    paths,
    numbers,
    text: (section) => {
      const [at, length] = header.sections[section];
      return within([at, length]) ? bytes.toString('utf8', at, at + length) : undefined;
    },
    bytes: (section) => {
      const [at, length] = header.sections[section];
      return within([at, length]) ? bytes.subarray(at, at + length) : undefined;
    },
  };
}

function validHeader(header: Header, size: number, headerEnd: number): boolean {
  if (typeof header !== 'object' || header === null) return false;
  if (
    typeof header.version !== 'string' ||
    typeof header.root !== 'string' ||
    typeof header.manifest !== 'string' ||
    !Number.isSafeInteger(header.count) ||
    header.count < 0 ||
    header.littleEndian !== LITTLE_ENDIAN ||
    header.total !== size ||
    typeof header.sections !== 'object' ||
    header.sections === null
  )
    return false;
  return SECTIONS.every((name) => {
    const range = header.sections[name];
    if (!Array.isArray(range) || range.length !== 2) return false;
    const [at, length] = range as [unknown, unknown];
    return (
      Number.isSafeInteger(at) &&
      Number.isSafeInteger(length) &&
      (at as number) >= headerEnd &&
      (length as number) >= 0 &&
      (at as number) + (length as number) <= size
    );
  });
}

/** A view when the bytes are aligned (readFileSync's usually are), else a copy. */
function float64s(bytes: Buffer, at: number, count: number): Float64Array {
  const start = bytes.byteOffset + at;
  if (start % 8 === 0) return new Float64Array(bytes.buffer, start, count);
  return new Float64Array(bytes.buffer.slice(start, start + count * 8));
}

function align8(n: number): number {
  return (n + 7) & ~7;
}
