import { painter } from '../../src/entry/cli/color.js';
import { colorEnabled } from '../../src/entry/cli/color.js';
import { CliReporter } from '../../src/entry/cli/reporter.js';

/** Progress and colour decisions, with a hand-driven clock (no timing in the test). */
describe('CliReporter progress', () => {
  function setup(live: boolean) {
    let now = 1_000;
    let out = '';
    const reporter = new CliReporter(
      { write: (t) => void (out += t), isTTY: live },
      { live, now: () => now, paint: painter(false) },
    );
    return {
      reporter,
      advance: (ms: number) => void (now += ms),
      out: () => out,
    };
  }
  const progress = { type: 'progress', done: 1, total: 3, running: ['b'] } as const;

  it('a terminal shows nothing in the first second, then a live line of stages and files', () => {
    const t = setup(true);
    t.reporter.handle(progress);
    t.reporter.filesChecked(10, 2048);
    expect(t.out()).toBe('');
    t.advance(1500);
    t.reporter.handle(progress);
    expect(t.out()).toBe('[1/3]  10 files (2.0 KiB) checked  running: b');
    t.reporter.finish();
    expect(t.out().endsWith('\r\x1b[2K')).toBe(true);
  });

  it('a log (not a terminal) gets no live line, only one final line after a second of work', () => {
    const t = setup(false);
    t.reporter.handle(progress);
    t.reporter.filesChecked(3, 100);
    t.advance(1500);
    t.reporter.handle({ ...progress, done: 3 });
    expect(t.out()).toBe('');
    t.reporter.finish();
    t.reporter.finish();
    expect(t.out()).toBe('reprokit: 3/3 stages done, 3 files (100 B) checked in 1.5 s\n');
  });

  it('a log of quick work gets no progress line at all', () => {
    const t = setup(false);
    t.reporter.handle(progress);
    t.advance(200);
    t.reporter.finish();
    expect(t.out()).toBe('');
  });
});

describe('colorEnabled', () => {
  const tty = { write: () => undefined, isTTY: true };
  const pipe = { write: () => undefined, isTTY: false };
  it.each([
    [tty, {}, true],
    [pipe, {}, false],
    [tty, { NO_COLOR: '1' }, false],
    [tty, { NO_COLOR: '' }, true],
    [pipe, { FORCE_COLOR: '1' }, true],
    [tty, { FORCE_COLOR: '0' }, false],
    [pipe, { FORCE_COLOR: '1', NO_COLOR: '1' }, true],
  ])('%#', (stream, env, expected) => {
    expect(colorEnabled(stream, env)).toBe(expected);
  });
});
