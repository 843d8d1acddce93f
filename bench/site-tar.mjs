// Pages tar: reprokit's own writer (src/adapters/github/site-tar.ts) against tar-stream 3 (already
// in the bundle through @actions/artifact), on the same site: 5,000 small files and one 256 MiB
// file. Run: npx tsx bench/site-tar.mjs
import {
  createReadStream,
  createWriteStream,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import tarStream from 'tar-stream';
import { writeSiteTar } from '../src/adapters/github/site-tar.ts';

const root = mkdtempSync(join(tmpdir(), 'reprokit-bench-tar-'));
const site = join(root, 'site');
for (let i = 0; i < 5000; i++) {
  mkdirSync(join(site, `d${i % 50}`), { recursive: true });
  writeFileSync(join(site, `d${i % 50}`, `page-${i}.html`), `<p>${'x'.repeat(i % 4096)}</p>`);
}
writeFileSync(join(site, 'big.bin'), Buffer.alloc(256 * 1024 * 1024, 7));

function list(dir, prefix = '') {
  const out = [];
  for (const name of readdirSync(dir).sort()) {
    const abs = join(dir, name);
    const path = prefix ? `${prefix}/${name}` : name;
    const st = statSync(abs);
    if (st.isDirectory()) out.push({ path, abs, st, dir: true }, ...list(abs, path));
    else out.push({ path, abs, st, dir: false });
  }
  return out;
}

async function withTarStream(file) {
  const pack = tarStream.pack();
  const done = pipeline(pack, createWriteStream(file));
  for (const e of list(site)) {
    if (e.dir) {
      pack.entry({ name: e.path, type: 'directory', mode: e.st.mode & 0o777, mtime: new Date(0) });
      continue;
    }
    const entry = pack.entry({
      name: e.path,
      size: e.st.size,
      mode: e.st.mode & 0o777,
      mtime: new Date(0),
    });
    await pipeline(createReadStream(e.abs), entry);
  }
  pack.finalize();
  await done;
}

async function time(name, fn) {
  const best = [];
  for (let i = 0; i < 3; i++) {
    const started = process.hrtime.bigint();
    await fn(join(root, `${name}-${i}.tar`));
    best.push(Number(process.hrtime.bigint() - started) / 1e6);
    rmSync(join(root, `${name}-${i}.tar`));
  }
  console.log(`${name}: best of 3 ${Math.min(...best).toFixed(0)} ms`);
}

await time('reprokit site-tar', async (file) => writeSiteTar(site, file));
await time('tar-stream 3', withTarStream);
rmSync(root, { recursive: true, force: true });
