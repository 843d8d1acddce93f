import type { DocPath } from '../diagnostics.js';
import { error } from '../diagnostics.js';
import type { Duration, DurationProblem } from '../duration.js';
import { parseDuration } from '../duration.js';
import type { StageRuntime } from '../pipeline.js';
import { unreachable } from '../result.js';
import type { DocReader, PlainMap } from './reader.js';
import { DEFAULTS_KEYS, IMAGE_PATTERN } from './schema.js';

/** `retry_delay` when neither the stage nor `defaults:` sets one. */
export const DEFAULT_RETRY_DELAY: Duration = { ms: 1000, text: '1s' };

/** What `defaults:` sets; each stage key overrides its default. */
export interface RuntimeDefaults {
  readonly timeout?: Duration;
  readonly retries?: number;
  readonly retryDelay?: Duration;
}

const IMAGE = new RegExp(IMAGE_PATTERN);

/** `defaults: {timeout: 30m, retries: 1, retry_delay: 10s}` */
export function readRuntimeDefaults(reader: DocReader, value: unknown): RuntimeDefaults {
  if (value === undefined || value === null) return {};
  const map = reader.map(value, ['defaults'], 'defaults', '{timeout: 30m, retries: 1}');
  if (!map) return {};
  reader.checkKeys(map, ['defaults'], DEFAULTS_KEYS, 'in defaults');
  return readRuntimeKeys(reader, map, ['defaults']);
}

/** The stage's own `timeout`, `retries`, `retry_delay` laid over the defaults. */
export function readStageRuntime(
  reader: DocReader,
  body: PlainMap,
  at: DocPath,
  defaults: RuntimeDefaults,
): StageRuntime {
  const own = readRuntimeKeys(reader, body, at);
  const timeout = own.timeout ?? defaults.timeout;
  return {
    ...(timeout ? { timeout } : {}),
    retries: own.retries ?? defaults.retries ?? 0,
    retryDelay: own.retryDelay ?? defaults.retryDelay ?? DEFAULT_RETRY_DELAY,
  };
}

function readRuntimeKeys(reader: DocReader, map: PlainMap, at: DocPath): RuntimeDefaults {
  const timeout = readDuration(reader, map.timeout, [...at, 'timeout'], 'timeout');
  const retryDelay = readDuration(reader, map.retry_delay, [...at, 'retry_delay'], 'retry_delay');
  const retries = readRetries(reader, map.retries, [...at, 'retries']);
  return {
    ...(timeout ? { timeout } : {}),
    ...(retries !== undefined ? { retries } : {}),
    ...(retryDelay ? { retryDelay } : {}),
  };
}

function readDuration(
  reader: DocReader,
  value: unknown,
  at: DocPath,
  key: 'timeout' | 'retry_delay',
): Duration | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'string' && typeof value !== 'number') {
    reader.wrongType(at, key, 'a duration', value, `${key}: 10m`);
    return undefined;
  }
  const parsed = parseDuration(value, { zero: key === 'timeout' ? 'refused' : 'allowed' });
  if (parsed.ok) return parsed.value;
  reader.report(
    error('invalid-value', `${key} ${JSON.stringify(value)} ${durationProblem(parsed.error)}`, {
      source: reader.ref(at),
      hint: 'write a duration like 90s, 10m, 2h or 1h30m (h, m, s in that order), or a number of seconds',
    }),
  );
  return undefined;
}

function durationProblem(problem: DurationProblem): string {
  switch (problem) {
    case 'not-a-duration':
      return 'is not a duration';
    case 'negative':
      return 'is negative';
    case 'zero':
      return 'is zero: every attempt would time out at once';
    case 'too-long':
      return 'is longer than a year';
    default:
      return unreachable(problem);
  }
}

function readRetries(reader: DocReader, value: unknown, at: DocPath): number | undefined {
  if (value === undefined) return undefined;
  if (typeof value === 'number' && Number.isInteger(value) && value >= 0) return value;
  reader.report(
    error(
      'invalid-value',
      `retries must be a whole number, 0 or more, not ${JSON.stringify(value)}`,
      {
        source: reader.ref(at),
        hint: 'retries is the number of extra attempts, e.g. `retries: 2` for up to 3 attempts',
      },
    ),
  );
  return undefined;
}

/** `image: python:3.12-slim` or `image: python@sha256:…`. */
export function readImage(reader: DocReader, value: unknown, at: DocPath): string | undefined {
  if (value === undefined) return undefined;
  const text = reader.string(value, at, 'image', 'image: python:3.12-slim');
  if (text === undefined) return undefined;
  if (IMAGE.test(text)) return text;
  reader.report(
    error('invalid-value', `image "${text}" is not an image reference`, {
      source: reader.ref(at),
      hint: 'write a tag like python:3.12-slim, or pin a digest: python@sha256:<64 hex digits>',
    }),
  );
  return undefined;
}
