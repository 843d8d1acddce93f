// Makes a small synthetic regression data set (y = 3x - 2 + noise), deterministic by seed.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

const [out, paramsFile] = process.argv.slice(2);
const seed = Number(/seed:\s*(\d+)/.exec(readFileSync(paramsFile, 'utf8'))?.[1] ?? 1);
let state = seed;
const random = () => (state = (state * 1103515245 + 12345) % 2147483648) / 2147483648;
const rows = ['x,y'];
for (let i = 0; i < 200; i++) {
  const x = random() * 2 - 1;
  rows.push(`${x.toFixed(4)},${(3 * x - 2 + (random() - 0.5) * 0.4).toFixed(4)}`);
}
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, rows.join('\n') + '\n');
