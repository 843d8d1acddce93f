import { parseDuration } from '../../src/core/duration.js';

const refused = { zero: 'refused' } as const;
const allowed = { zero: 'allowed' } as const;

describe('parseDuration', () => {
  it.each([
    ['90s', 90_000],
    ['10m', 600_000],
    ['2h', 7_200_000],
    ['1h30m', 5_400_000],
    ['2m5s', 125_000],
    ['0.5s', 500],
    ['1.5h', 5_400_000],
    ['45', 45_000],
  ])('reads %s', (text, ms) => {
    expect(parseDuration(text, refused)).toEqual({
      ok: true,
      value: { ms, text: /^[\d.]+$/.test(text) ? `${text}s` : text },
    });
  });

  it('reads a bare number as seconds and writes it back with its unit', () => {
    expect(parseDuration(90, refused)).toEqual({ ok: true, value: { ms: 90_000, text: '90s' } });
    expect(parseDuration(0.25, refused)).toEqual({ ok: true, value: { ms: 250, text: '0.25s' } });
  });

  it.each(['', '10', '1m1h', '10 m', '10min', 'm', 'h30', '1d', '10ms', '1h 30m', 'soon'])(
    'refuses %j unless it is plain seconds',
    (text) => {
      const parsed = parseDuration(text, refused);
      if (text === '10') expect(parsed.ok).toBe(true);
      else expect(parsed).toEqual({ ok: false, error: 'not-a-duration' });
    },
  );

  it('refuses negative values', () => {
    expect(parseDuration(-1, allowed)).toEqual({ ok: false, error: 'negative' });
    expect(parseDuration('-5m', allowed)).toEqual({ ok: false, error: 'negative' });
  });

  it('zero is a valid delay but not a timeout', () => {
    expect(parseDuration(0, allowed)).toEqual({ ok: true, value: { ms: 0, text: '0s' } });
    expect(parseDuration('0s', refused)).toEqual({ ok: false, error: 'zero' });
  });

  it('refuses more than a year (a typo, e.g. milliseconds written as seconds)', () => {
    expect(parseDuration(90_000_000, refused)).toEqual({ ok: false, error: 'too-long' });
    expect(parseDuration('9000h', refused)).toEqual({ ok: false, error: 'too-long' });
  });

  it('refuses NaN and infinity', () => {
    expect(parseDuration(Number.NaN, refused)).toEqual({ ok: false, error: 'not-a-duration' });
    expect(parseDuration(Infinity, refused)).toEqual({ ok: false, error: 'not-a-duration' });
  });
});
