/**
 * The paths a run looked at, in the order it looked, repeats included (the CLI's no-op snapshot
 * removes them when, and only if, it writes itself). A batch of paths is kept as the array it
 * came in: noting 100,000 hashed paths one by one in a Set cost 5 % of hashing them, and most
 * runs never write a snapshot.
 */
export class PathJournal implements Iterable<string> {
  private readonly parts: (string | readonly string[])[] = [];
  private readonly trees: (() => readonly string[])[] = [];

  add(path: string): void {
    this.parts.push(path);
  }

  /** Notes every path of a batch; the caller must not change the array afterwards. */
  addAll(paths: readonly string[]): void {
    this.parts.push(paths);
  }

  /**
   * A directory whose files were vouched for without being looked at one by one (a tracked
   * directory git finds clean): `list` names them, and is only called by `listTrees`.
   */
  addTree(list: () => readonly string[]): void {
    this.trees.push(list);
  }

  /** Notes the files of every tree added so far (before the journal is read in full). */
  listTrees(): void {
    for (const list of this.trees.splice(0)) this.addAll(list());
  }

  *[Symbol.iterator](): Iterator<string> {
    for (const part of this.parts) {
      if (typeof part === 'string') yield part;
      else yield* part;
    }
  }
}
