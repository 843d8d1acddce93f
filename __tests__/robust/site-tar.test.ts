import { execFileSync } from 'node:child_process';
import {
  chmodSync,
  linkSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { entryHeader, SiteProblem, writeSiteTar } from '../../src/adapters/github/site-tar.js';

/**
 * The Pages tar writer: PAX size records for 8 GiB and more (checked on the header writer, no
 * 8 GiB file needed), long names, modes, dotfiles and symlinks, read back by GNU tar.
 */

/** PAX records of an extended header body: `"<len> key=value\n"`, each length exact. */
function paxRecords(body: Buffer): Record<string, string> {
  const records: Record<string, string> = {};
  let at = 0;
  while (at < body.length && body[at] !== 0) {
    const space = body.indexOf(0x20, at);
    const length = Number(body.toString('utf8', at, space));
    const record = body.subarray(at, at + length).toString('utf8');
    expect(record.endsWith('\n')).toBe(true);
    const [key, ...value] = record.slice(space - at + 1, -1).split('=');
    records[key as string] = value.join('=');
    at += length;
  }
  return records;
}

function checksumOk(block: Buffer): boolean {
  const stored = parseInt(block.toString('latin1', 148, 155), 8);
  let sum = 0;
  for (let i = 0; i < 512; i++) sum += i >= 148 && i < 156 ? 0x20 : (block[i] as number);
  return sum === stored;
}

describe('the Pages tar writer', () => {
  const dirs: string[] = [];
  const temp = (prefix: string) => {
    const dir = mkdtempSync(join(tmpdir(), prefix));
    dirs.push(dir);
    return dir;
  };
  afterEach(() => {
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  });

  it('writes a PAX size record (and a base-256 size field) for a file of 8 GiB or more', () => {
    const size = 9 * 1024 ** 3 + 17;
    const blocks = entryHeader('big.bin', { kind: 'file', size, mode: 0o644 });
    expect(blocks.length).toBe(3 * 512); // PAX header, its one-block body, the ustar header
    const pax = blocks.subarray(0, 512);
    expect(pax.toString('latin1', 156, 157)).toBe('x');
    expect(checksumOk(pax)).toBe(true);
    const bodyLength = parseInt(pax.toString('latin1', 124, 135), 8);
    expect(paxRecords(blocks.subarray(512, 512 + bodyLength))).toEqual({ size: String(size) });
    const ustar = blocks.subarray(1024);
    expect(checksumOk(ustar)).toBe(true);
    expect(ustar[124]).toBe(0x80);
    let field = 0;
    for (let i = 125; i < 136; i++) field = field * 256 + (ustar[i] as number);
    expect(field).toBe(size);

    // GNU tar reads the entry's size from it (the content is absent: it then stops, as expected).
    const dir = temp('reprokit-tar-big-');
    const tar = join(dir, 'big.tar');
    writeFileSync(tar, Buffer.concat([blocks, Buffer.alloc(1024)]));
    let listing = '';
    try {
      listing = execFileSync('tar', ['-tvf', tar], { encoding: 'utf8', stdio: 'pipe' });
    } catch (e) {
      listing = String((e as { stdout?: string }).stdout);
    }
    expect(listing).toContain(String(size));
    expect(listing).toContain('big.bin');
  });

  it('keeps the octal size under 8 GiB, exactly at the limit', () => {
    const blocks = entryHeader('edge.bin', { kind: 'file', size: 8 ** 11 - 1, mode: 0o644 });
    expect(blocks.length).toBe(512);
    expect(blocks.toString('latin1', 124, 135)).toBe('77777777777');
    expect(entryHeader('over.bin', { kind: 'file', size: 8 ** 11, mode: 0o644 }).length).toBe(
      3 * 512,
    );
  });

  it('round-trips long names, modes and dotfiles through GNU tar; symlinks inside become files', () => {
    const site = temp('reprokit-site-');
    const long = `${'deep/'.repeat(25)}${'n'.repeat(120)}-ünïcode.html`;
    const files: Record<string, string> = {
      'index.html': '<h1>hi</h1>',
      '.nojekyll': '',
      '.well-known/security.txt': 'contact',
      [long]: 'long',
      'run.sh': '#!/bin/sh\necho hi\n',
    };
    for (const [path, content] of Object.entries(files)) {
      mkdirSync(join(site, path, '..'), { recursive: true });
      writeFileSync(join(site, path), content);
    }
    chmodSync(join(site, 'run.sh'), 0o755);
    chmodSync(join(site, 'index.html'), 0o640);
    symlinkSync('index.html', join(site, 'home.html'));
    mkdirSync(join(site, '.git'));
    writeFileSync(join(site, '.git/HEAD'), 'ref');

    const out = temp('reprokit-tar-out-');
    const tar = join(out, 'artifact.tar');
    const written = writeSiteTar(site, tar);
    expect(written.files).toBe(6);
    const extracted = temp('reprokit-tar-x-');
    execFileSync('tar', ['-xf', tar, '-C', extracted]);
    for (const [path, content] of Object.entries(files))
      expect([path, readFileSync(join(extracted, path), 'utf8')]).toEqual([path, content]);
    expect(readFileSync(join(extracted, 'home.html'), 'utf8')).toBe('<h1>hi</h1>');
    expect(statSync(join(extracted, 'home.html')).isSymbolicLink()).toBe(false);
    expect(statSync(join(extracted, 'run.sh')).mode & 0o777).toBe(0o755);
    expect(statSync(join(extracted, 'index.html')).mode & 0o777).toBe(0o640);
    expect(() => statSync(join(extracted, '.git'))).toThrow();
    // The same site gives the same bytes (mtime 0).
    writeSiteTar(site, join(out, 'again.tar'));
    expect(readFileSync(join(out, 'again.tar')).equals(readFileSync(tar))).toBe(true);
  });

  it('refuses symlinks leaving the site and hard links, as before', () => {
    const site = temp('reprokit-site-');
    const outside = temp('reprokit-outside-');
    writeFileSync(join(outside, 'secret'), 's');
    symlinkSync(join(outside, 'secret'), join(site, 'leak'));
    const tar = join(temp('reprokit-tar-out-'), 'a.tar');
    expect(() => writeSiteTar(site, tar)).toThrow(SiteProblem);
    expect(() => writeSiteTar(site, tar)).toThrow(/leak is a symlink to .*outside the site/);
    rmSync(join(site, 'leak'));
    writeFileSync(join(site, 'a.html'), 'a');
    linkSync(join(site, 'a.html'), join(site, 'b.html'));
    expect(() => writeSiteTar(site, tar)).toThrow(/a\.html is a hard link; Pages refuses them/);
  });
});
