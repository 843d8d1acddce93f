import { copyFileSync, existsSync, mkdirSync, mkdtempSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { PlotDefinition, PlotTable } from '../../core/plots/types.js';
import { plotViews } from '../../core/plots/views.js';
import { plotsPage } from '../../report/plots-svg.js';
import { sideNames } from '../../report/plots-text.js';

/**
 * The offline plots page for the `plots` artifact: the same page `reprokit plots diff` writes,
 * this run against the baseline's recorded rows, image plots copied beside it. Returns the
 * directory and the paths to upload, or undefined when there is nothing to draw.
 */
export function writePlotsPage(options: {
  readonly root: string;
  readonly tempDir?: string;
  readonly definitions: readonly PlotDefinition[];
  readonly head: ReadonlyMap<string, PlotTable>;
  readonly baseline?: {
    branch: string;
    kind?: 'base' | 'previous';
    plots?: ReadonlyMap<string, PlotTable>;
  };
  readonly title: string;
}): { dir: string; paths: string[] } | undefined {
  const views = plotViews(options.definitions, options.head, options.baseline?.plots);
  if (!views.some((v) => v.kind !== 'image')) return undefined;
  const dir = mkdtempSync(join(options.tempDir ?? tmpdir(), 'reprokit-plots-'));
  const images = new Map<string, string>();
  for (const view of views) {
    if (view.kind !== 'image') continue;
    const from = join(options.root, view.file);
    if (!existsSync(from) || !statSync(from).isFile()) continue;
    const to = join(dir, 'images', view.file);
    mkdirSync(dirname(to), { recursive: true });
    copyFileSync(from, to);
    images.set(view.file, `images/${view.file.split('/').map(encodeURIComponent).join('/')}`);
  }
  writeFileSync(
    join(dir, 'index.html'),
    plotsPage(views, {
      title: options.title,
      names: sideNames(options.baseline),
      imageSrc: (file) => images.get(file),
    }),
  );
  return { dir, paths: images.size > 0 ? ['index.html', 'images'] : ['index.html'] };
}
