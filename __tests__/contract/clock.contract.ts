import type { Clock } from '../../src/ports.js';

export interface ClockHarness {
  readonly now: Clock;
  /** Lets at least `ms` milliseconds pass. */
  pass(ms: number): Promise<void>;
}

/** What every Clock does; run against the real clock and the fake. */
export function clockContract(name: string, make: () => ClockHarness): void {
  describe(`Clock contract: ${name}`, () => {
    it('is milliseconds since the epoch, a plausible date', () => {
      const t = make().now();
      expect(Number.isInteger(t)).toBe(true);
      expect(new Date(t).getUTCFullYear()).toBeGreaterThanOrEqual(2020);
    });

    it('never goes backwards, and moves forward when time passes', async () => {
      const h = make();
      const first = h.now();
      expect(h.now()).toBeGreaterThanOrEqual(first);
      await h.pass(20);
      expect(h.now() - first).toBeGreaterThanOrEqual(20);
    });
  });
}
