// Fits y = w·x + b by gradient descent and writes the loss per epoch (a plots CSV), the
// predictions against the actual values (a scatter plot) and the final metrics (JSON).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';

const [dataFile, paramsFile, outDir] = process.argv.slice(2);
const params = readFileSync(paramsFile, 'utf8');
const number = (key, fallback) =>
  Number(new RegExp(`${key}:\\s*([0-9.]+)`).exec(params)?.[1] ?? fallback);
const lr = number('lr', 0.05);
const epochs = number('epochs', 30);
const data = readFileSync(dataFile, 'utf8')
  .trim()
  .split('\n')
  .slice(1)
  .map((line) => line.split(',').map(Number));

let w = 0;
let b = 0;
const loss = ['epoch,loss'];
const mse = () => data.reduce((s, [x, y]) => s + (w * x + b - y) ** 2, 0) / data.length;
for (let epoch = 1; epoch <= epochs; epoch++) {
  let gw = 0;
  let gb = 0;
  for (const [x, y] of data) {
    const error = w * x + b - y;
    gw += (2 * error * x) / data.length;
    gb += (2 * error) / data.length;
  }
  w -= lr * gw;
  b -= lr * gb;
  loss.push(`${epoch},${mse().toFixed(6)}`);
}
mkdirSync(outDir, { recursive: true });
writeFileSync(`${outDir}/loss.csv`, loss.join('\n') + '\n');
const predictions = data
  .slice(0, 40)
  .map(([x, y]) => ({ actual: y, predicted: Number((w * x + b).toFixed(4)) }));
writeFileSync(`${outDir}/predictions.json`, JSON.stringify({ predictions }, null, 2) + '\n');
writeFileSync(
  `${outDir}/metrics.json`,
  JSON.stringify(
    { mse: Number(mse().toFixed(6)), w: Number(w.toFixed(4)), b: Number(b.toFixed(4)) },
    null,
    2,
  ) + '\n',
);
