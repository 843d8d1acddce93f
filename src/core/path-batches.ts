import { PathMap } from './path-map.js';
import { parentDir } from './paths.js';

/** Batches smaller than this are filed path by path; larger ones by directory. */
const SMALL_BATCH = 64;

/** The paths of one batch in one directory, sorted, and those of them forgotten since. */
interface Run<B> {
  readonly batch: B;
  readonly paths: readonly string[];
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
        const slash = path.lastIndexOf('/');
        // Paths of one directory in a row (a listing): no slice and no lookup per path.
        if (dir === undefined || slash !== dir.length || !path.startsWith(dir)) {
          dir = slash < 0 ? '' : path.slice(0, slash);
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
    // A sorted list can leave a directory and come back ('a/b', 'a/b.c/x', 'a/c'): one array
    // per directory all the same, so that a lookup searches one array per batch.
    const byDir = new Map<string, string[]>();
    let dir: string | undefined;
    let into: string[] = [];
    for (const path of sorted) {
      const slash = path.lastIndexOf('/');
      if (dir === undefined || slash !== dir.length || !path.startsWith(dir)) {
        dir = slash < 0 ? '' : path.slice(0, slash);
        let list = byDir.get(dir);
        if (!list) byDir.set(dir, (list = []));
        into = list;
      }
      into.push(path);
    }
    for (const [where, list] of byDir) {
      const runs = this.runs.get(where);
      const run = { batch, paths: list };
      if (runs) runs.push(run);
      else this.runs.set(where, [run]);
    }
  }

  /** Forgets `prefix` and every path under it (what `isWithin(path, prefix)` selects). */
  deleteWithin(prefix: string): void {
    this.small.deleteWithin(prefix);
    this.runs.deleteWithin(prefix); // directories at or under prefix
    if (prefix === '') return;
    for (const run of this.runs.get(parentDir(prefix)) ?? [])
      if (indexIn(run.paths, prefix) >= 0) (run.gone ??= new Set()).add(prefix);
  }
}

function inRuns<B>(runs: readonly Run<B>[], path: string): B | undefined {
  for (let k = runs.length - 1; k >= 0; k--) {
    const run = runs[k] as Run<B>;
    if (indexIn(run.paths, path) >= 0 && !run.gone?.has(path)) return run.batch;
  }
  return undefined;
}

/** Binary search in a sorted array (code-unit order); -1 when absent. */
function indexIn(sorted: readonly string[], path: string): number {
  let lo = 0;
  let hi = sorted.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const at = sorted[mid] as string;
    if (at === path) return mid;
    if (at < path) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

function isSorted(paths: readonly string[]): boolean {
  for (let i = 1; i < paths.length; i++)
    if ((paths[i - 1] as string) > (paths[i] as string)) return false;
  return true;
}
