/**
 * The paths a run looked at, in the order it looked, repeats included (the CLI's no-op snapshot
 * removes them when, and only if, it writes itself). A batch of paths is kept as the array it
 * came in: noting 100,000 hashed paths one by one in a Set cost 5 % of hashing them, and most
 * runs never write a snapshot.
 */
export class PathJournal implements Iterable<string> {
  private readonly parts: (string | readonly string[])[] = [];

  add(path: string): void {
    this.parts.push(path);
  }

  /** Notes every path of a batch; the caller must not change the array afterwards. */
  addAll(paths: readonly string[]): void {
    this.parts.push(paths);
  }

  *[Symbol.iterator](): Iterator<string> {
    for (const part of this.parts) {
      if (typeof part === 'string') yield part;
      else yield* part;
    }
  }
}
