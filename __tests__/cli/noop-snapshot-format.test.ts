import {
  decodeSnapshot,
  encodeSnapshot,
  FIELDS_PER_PATH,
  neededBytes,
  PREFIX_BYTES,
  type SnapshotContent,
} from '../../src/entry/cli/noop-snapshot-format.js';

const content: SnapshotContent = {
  version: '1.2.3',
  root: '/tmp/prøject',
  manifest: 'reprokit.yml',
  paths: ['reprokit.yml', 'in/ä.txt', 'out', ''],
  numbers: Float64Array.from({ length: 4 * FIELDS_PER_PATH }, (_, i) => i * 1000.25 + 1.5),
  stages: JSON.stringify([{ name: 'a', reasons: [] }]),
  statusJson: '{\n  "stages": []\n}\n',
  statusText: 'stage  status  why\n0 fresh, 0 cached, 0 stale\n',
};

describe('the no-op snapshot bytes', () => {
  it('decodes what it encodes', () => {
    const decoded = decodeSnapshot(encodeSnapshot(content));
    expect(decoded).toBeDefined();
    expect(decoded?.version).toBe(content.version);
    expect(decoded?.root).toBe(content.root);
    expect(decoded?.manifest).toBe(content.manifest);
    expect(decoded?.paths).toEqual(content.paths);
    expect([...(decoded?.numbers ?? [])]).toEqual([...content.numbers]);
    expect(decoded?.text('stages')).toBe(content.stages);
    expect(decoded?.text('statusJson')).toBe(content.statusJson);
    expect(decoded?.text('statusText')).toBe(content.statusText);
  });

  it('decodes bytes that do not start on an 8-byte boundary', () => {
    const bytes = encodeSnapshot(content);
    const shifted = Buffer.alloc(bytes.length + 3);
    bytes.copy(shifted, 3);
    const decoded = decodeSnapshot(shifted.subarray(3));
    expect([...(decoded?.numbers ?? [])]).toEqual([...content.numbers]);
  });

  it('grows the header room for a long root', () => {
    const long = { ...content, root: '/x'.repeat(2000) };
    expect(decodeSnapshot(encodeSnapshot(long))?.root).toBe(long.root);
  });

  it('decodes from the prefix neededBytes asks for, the sections beyond it as undefined', () => {
    const bytes = encodeSnapshot(content);
    const prefix = bytes.subarray(0, Math.min(PREFIX_BYTES, bytes.length));
    const needed = neededBytes(prefix, bytes.length, 'statusJson');
    expect(needed).toBeDefined();
    expect(needed).toBeLessThan(bytes.length);
    const decoded = decodeSnapshot(bytes.subarray(0, needed), bytes.length);
    expect(decoded?.paths).toEqual(content.paths);
    expect(decoded?.text('statusJson')).toBe(content.statusJson);
    expect(decoded?.bytes('statusJson')?.toString()).toBe(content.statusJson);
    expect(decoded?.text('stages')).toBeUndefined();
    expect(decoded?.bytes('stages')).toBeUndefined();
    const all = neededBytes(prefix, bytes.length, 'stages');
    expect(decodeSnapshot(bytes.subarray(0, all), bytes.length)?.text('stages')).toBe(
      content.stages,
    );
    // a prefix from a file of another size does not decode
    expect(neededBytes(prefix, bytes.length + 8, 'statusJson')).toBeUndefined();
    expect(decodeSnapshot(bytes.subarray(0, needed), bytes.length + 8)).toBeUndefined();
  });

  it('asks for more than the first bytes when the header does not fit them', () => {
    const long = encodeSnapshot({ ...content, root: '/x'.repeat(PREFIX_BYTES) });
    expect(neededBytes(long.subarray(0, PREFIX_BYTES), long.length, 'statusJson')).toBeUndefined();
    expect(decodeSnapshot(long)?.root).toBe('/x'.repeat(PREFIX_BYTES));
  });

  it('gives undefined, never throws, for every truncation', () => {
    const bytes = encodeSnapshot(content);
    for (let n = 0; n < bytes.length; n++) {
      expect(decodeSnapshot(bytes.subarray(0, n))).toBeUndefined();
      expect(() => neededBytes(bytes.subarray(0, n), bytes.length, 'stages')).not.toThrow();
    }
  });

  it('gives undefined for other bytes, a damaged header or sections out of bounds', () => {
    expect(decodeSnapshot(Buffer.from('{"format":3,"paths":[]}'))).toBeUndefined();
    const bytes = encodeSnapshot(content);
    const badMagic = Buffer.from(bytes);
    badMagic[0] = 0x78;
    expect(decodeSnapshot(badMagic)).toBeUndefined();
    const badLength = Buffer.from(bytes);
    badLength.writeUInt32LE(0xffffff, 8);
    expect(decodeSnapshot(badLength)).toBeUndefined();
    const badHeader = Buffer.from(bytes);
    badHeader[12] = 0x7d; // '}' where '{' was
    expect(decodeSnapshot(badHeader)).toBeUndefined();
    const longer = Buffer.concat([bytes, Buffer.alloc(8)]);
    expect(decodeSnapshot(longer)).toBeUndefined();
  });

  it('gives undefined when the paths do not match their count', () => {
    const text = encodeSnapshot(content).toString('latin1');
    // a NUL inside a path section would split it into more paths than the header counts
    const damaged = Buffer.from(text.replace('in/', 'in\0'), 'latin1');
    expect(decodeSnapshot(damaged)).toBeUndefined();
  });

  it('refuses numbers that do not match the paths', () => {
    expect(() => encodeSnapshot({ ...content, numbers: new Float64Array(3) })).toThrow();
  });
});
