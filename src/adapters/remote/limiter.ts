/** Runs at most `limit` tasks at once (bounded parallel transfers). */
export class Limiter {
  private active = 0;
  private readonly waiting: (() => void)[] = [];

  constructor(private readonly limit: number) {}

  async run<T>(task: () => Promise<T>): Promise<T> {
    if (this.active >= this.limit) await new Promise<void>((r) => this.waiting.push(r));
    else this.active++;
    try {
      return await task();
    } finally {
      const next = this.waiting.shift();
      if (next) next();
      else this.active--;
    }
  }
}

/** Runs every task through the limiter; rejects with the first failure after all have settled. */
export async function allLimited<T>(
  limiter: Limiter,
  tasks: readonly (() => Promise<T>)[],
): Promise<T[]> {
  const settled = await Promise.allSettled(tasks.map((t) => limiter.run(t)));
  const failed = settled.find((s) => s.status === 'rejected');
  if (failed) throw (failed as PromiseRejectedResult).reason;
  return settled.map((s) => (s as PromiseFulfilledResult<T>).value);
}
