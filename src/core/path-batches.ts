import { PathMap } from './path-map.js';
import { parentDir } from './paths.js';

/** Batches smaller than this are filed path by path; larger ones by directory. */
const SMALL_BATCH = 64;

/**
 * The paths of one batch in one directory: `paths[from..to)` of the batch's sorted paths (no
 * copy), and those of them forgotten since.
 */
interface Run<B> {
  readonly batch: B;
  paths: readonly string[];
  from: number;
  to: number;
  gone?: Set<string>;
}

/**
 * Which batch each path was put in, for batches of up to 100,000 paths (a directory dep): a
 * large batch is filed as one sorted array per directory, not one map entry per path (two hash
 * table insertions per path were a tenth of hashing 100,000 small files, issue 17). Small
 * batches (a plan checks stage by stage) are filed per path, so that thousands of them in one
 * directory do not make every lookup scan thousands of arrays. Forgetting everything under a
 * path visits only the directories below it (PathMap).
 */
export class PathBatches<B> {
  private readonly small = new PathMap<B>();
  /** Runs of large batches, by directory, newest last. */
  private readonly runs = new PathMap<Run<B>[]>();

  /** The batch of each path (undefined: in none), in the order given. */
  findAll(paths: readonly string[]): (B | undefined)[] {
    const found = new Array<B | undefined>(paths.length);
    const anySmall = this.small.size > 0;
    const anyRuns = this.runs.size > 0;
    let dir: string | undefined;
    let runs: Run<B>[] | undefined;
    for (let i = 0; i < paths.length; i++) {
      const path = paths[i] as string;
      let batch = anySmall ? this.small.get(path) : undefined;
      if (batch === undefined && anyRuns) {
        // Paths of one directory in a row (a listing): no slice and no lookup per path.
        if (dir === undefined || !inDir(path, dir)) {
          dir = parentDir(path);
          runs = this.runs.get(dir);
        }
        if (runs) batch = inRuns(runs, path);
      }
      found[i] = batch;
    }
    return found;
  }

  /** Files the paths (which must be in no batch yet) under `batch`. */
  add(paths: readonly string[], batch: B): void {
    if (paths.length < SMALL_BATCH) {
      this.small.setMany(paths, batch);
      return;
    }
    const sorted = isSorted(paths) ? paths : [...paths].sort();
    // One run per directory, a stretch of the sorted list. A sorted list can leave a directory
    // and come back ('a/b', 'a/b.c/x', 'a/c'; or 's1.json', 's1/…', 's2.json', 's2/…' many
    // times): that directory's run then gets an array of its own, appended to in place.
    const mine = new Map<string, Run<B>>();
    const owned = new Set<Run<B>>();
    let dir: string | undefined;
    let from = 0;
    for (let i = 0; i <= sorted.length; i++) {
      const path = sorted[i];
      if (path !== undefined && dir !== undefined && inDir(path, dir)) continue;
      if (dir !== undefined) {
        const run = mine.get(dir);
        if (!run) {
          const made = { batch, paths: sorted, from, to: i };
          mine.set(dir, made);
          const runs = this.runs.get(dir);
          if (runs) runs.push(made);
          else this.runs.set(dir, [made]);
        } else {
          const own = owned.has(run) ? (run.paths as string[]) : run.paths.slice(run.from, run.to);
          owned.add(run);
          for (let k = from; k < i; k++) own.push(sorted[k] as string);
          run.paths = own;
          run.from = 0;
          run.to = own.length;
        }
      }
      if (path === undefined) break;
      dir = parentDir(path);
      from = i;
    }
  }

  /** Forgets `prefix` and every path under it (what `isWithin(path, prefix)` selects). */
  deleteWithin(prefix: string): void {
    this.small.deleteWithin(prefix);
    this.runs.deleteWithin(prefix); // directories at or under prefix
    if (prefix === '') return;
    for (const run of this.runs.get(parentDir(prefix)) ?? [])
      if (indexIn(run, prefix)) (run.gone ??= new Set()).add(prefix);
  }
}

/** Whether `path` is directly in `dir` ('' for the root), without slicing it. */
function inDir(path: string, dir: string): boolean {
  const slash = path.lastIndexOf('/');
  return dir === '' ? slash < 0 : slash === dir.length && path.startsWith(dir);
}

function inRuns<B>(runs: readonly Run<B>[], path: string): B | undefined {
  for (let k = runs.length - 1; k >= 0; k--) {
    const run = runs[k] as Run<B>;
    if (indexIn(run, path) && !run.gone?.has(path)) return run.batch;
  }
  return undefined;
}

/** Binary search of a run (code-unit order). */
function indexIn<B>(run: Run<B>, path: string): boolean {
  let lo = run.from;
  let hi = run.to - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const at = run.paths[mid] as string;
    if (at === path) return true;
    if (at < path) lo = mid + 1;
    else hi = mid - 1;
  }
  return false;
}

function isSorted(paths: readonly string[]): boolean {
  for (let i = 1; i < paths.length; i++)
    if ((paths[i - 1] as string) > (paths[i] as string)) return false;
  return true;
}
