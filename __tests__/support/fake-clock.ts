import type { Clock } from '../../src/ports.js';

/** A clock the test moves: time passes only when told to. */
export class FakeClock {
  private ms: number;
  constructor(start = Date.UTC(2026, 0, 1)) {
    this.ms = start;
  }
  readonly now: Clock = () => this.ms;
  advance(ms: number): void {
    if (ms < 0) throw new Error('a clock never goes backwards');
    this.ms += ms;
  }
}
