import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * A layered pipeline of `stages` trivial stages (the benchmark shape): layers of `width`
 * stages, each reading two outputs of the layer before and writing one 1 KiB file, each with its
 * own param in params.yaml (so one leaf's param can change alone). Used by the 1,000-stage
 * end-to-end test and by the bench's `ci` workload.
 */
export function writeLayeredPipeline(dir: string, stages: number, width = 50): { leaf: string } {
  const names: string[] = [];
  const lines = ['params: params.yaml', 'stages:'];
  const params: string[] = [];
  for (let i = 0; i < stages; i++) {
    const layer = Math.floor(i / width);
    const at = i % width;
    const name = `s${layer}_${at}`;
    names.push(name);
    const layerSize = Math.min(width, stages - (layer - 1) * width);
    const deps =
      layer === 0
        ? []
        : [...new Set([at % layerSize, (at + 1) % layerSize])].map((k) => `out/s${layer - 1}_${k}`);
    lines.push(
      `  ${name}:`,
      // 1 KiB: 1,000 bytes of padding and the stage's name; no other process than the shell
      `    cmd: printf '%01000d${name}\\n' 0 > out/${name}`,
      ...(deps.length ? [`    deps: [${deps.join(', ')}]`] : []),
      `    params: [p.${name}]`,
      `    outs: [out/${name}]`,
    );
    params.push(`  ${name}: 1`);
  }
  mkdirSync(join(dir, 'out'), { recursive: true });
  writeFileSync(join(dir, 'reprokit.yml'), lines.join('\n') + '\n');
  writeFileSync(join(dir, 'params.yaml'), `p:\n${params.join('\n')}\n`);
  writeFileSync(join(dir, 'out/.keep'), '');
  return { leaf: names[names.length - 1] as string };
}

/** Changes one stage's param (a leaf's: only that stage becomes stale). */
export function changeParam(dir: string, stage: string): void {
  const path = join(dir, 'params.yaml');
  const text = readFileSync(path, 'utf8');
  writeFileSync(path, text.replace(`  ${stage}: 1\n`, `  ${stage}: 2\n`));
}
