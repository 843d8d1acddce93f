import { Inputs } from './contract.js';

export type CacheMode = 'read-write' | 'read-only' | 'write-only' | 'off';
export type RestoreMode = 'needed' | 'all' | 'none';

/** Every input of the action, read once and checked. Nothing else reads inputs. */
export interface Settings {
  /** Manifest file relative to the project directory; undefined: look for the defaults. */
  readonly manifest?: string;
  /** Project directory relative to the workspace. */
  readonly workingDirectory: string;
  readonly stages: readonly string[];
  readonly force: readonly string[];
  /** Undefined: one per CPU. */
  readonly jobs?: number;
  readonly keepGoing: boolean;
  readonly cache: CacheMode;
  readonly cacheSalt: string;
  readonly restore: RestoreMode;
  /** Never logged. */
  readonly githubToken: string;
  readonly summary: boolean;
  readonly publish: boolean;
  readonly deployPages: 'auto' | 'true' | 'false';
  readonly pagesTimeoutMs: number;
  /** Undefined: the repository's default retention. */
  readonly retentionDays?: number;
  readonly includeHiddenFiles: boolean;
  readonly checkRun: boolean;
  readonly checkName: string;
  /** dvc.yaml projects: write dvc.lock after the run (restores every output to hash it). */
  readonly writeDvcLock: boolean;
  readonly comment: boolean;
  /** `plan`: decide only, and output the fan-out waves. */
  readonly mode: 'run' | 'plan';
}

export type InputReader = (name: string) => string;

export class SettingsError extends Error {}

export function readSettings(input: InputReader): Settings {
  const manifest = input(Inputs.manifest).trim();
  const jobs = input(Inputs.jobs).trim();
  const retention = input(Inputs.retentionDays).trim();
  const timeout = input(Inputs.pagesTimeoutMinutes).trim();
  return {
    ...(manifest ? { manifest } : {}),
    workingDirectory: input(Inputs.workingDirectory).trim() || '.',
    stages: words(input(Inputs.stages)),
    force: words(input(Inputs.force)),
    ...(jobs ? { jobs: positiveInt(Inputs.jobs, jobs) } : {}),
    keepGoing: bool(Inputs.keepGoing, input(Inputs.keepGoing), false),
    cache: oneOf(
      Inputs.cache,
      input(Inputs.cache),
      ['read-write', 'read-only', 'write-only', 'off'] as const,
      'read-write',
    ),
    cacheSalt: input(Inputs.cacheSalt),
    restore: oneOf(
      Inputs.restore,
      input(Inputs.restore),
      ['needed', 'all', 'none'] as const,
      'needed',
    ),
    githubToken: input(Inputs.githubToken),
    summary: bool(Inputs.summary, input(Inputs.summary), true),
    publish: bool(Inputs.publish, input(Inputs.publish), true),
    deployPages: oneOf(
      Inputs.deployPages,
      input(Inputs.deployPages),
      ['auto', 'true', 'false'] as const,
      'auto',
    ),
    pagesTimeoutMs: (timeout ? positiveNumber(Inputs.pagesTimeoutMinutes, timeout) : 10) * 60_000,
    ...retentionDays(retention),
    includeHiddenFiles: bool(Inputs.includeHiddenFiles, input(Inputs.includeHiddenFiles), true),
    checkRun: bool(Inputs.checkRun, input(Inputs.checkRun), true),
    checkName: input(Inputs.checkName).trim() || 'reprokit',
    comment: bool(Inputs.comment, input(Inputs.comment), true),
    mode: oneOf(Inputs.mode, input(Inputs.mode), ['run', 'plan'] as const, 'run'),
    writeDvcLock: bool(Inputs.writeDvcLock, input(Inputs.writeDvcLock), false),
  };
}

function words(text: string): string[] {
  return text.split(/\s+/).filter(Boolean);
}

/** `retention-days: 0` is GitHub's "the repository's default", like an empty input. */
function retentionDays(text: string): { retentionDays?: number } {
  if (text === '' || Number(text) === 0) return {};
  return { retentionDays: positiveInt(Inputs.retentionDays, text) };
}

function positiveInt(name: string, text: string): number {
  const n = Number(text);
  if (!Number.isInteger(n) || n < 1)
    throw new SettingsError(`input ${name} must be a whole number of at least 1, not "${text}"`);
  return n;
}

function positiveNumber(name: string, text: string): number {
  const n = Number(text);
  if (!Number.isFinite(n) || n <= 0)
    throw new SettingsError(`input ${name} must be a positive number, not "${text}"`);
  return n;
}

function bool(name: string, text: string, fallback: boolean): boolean {
  const value = text.trim().toLowerCase();
  if (value === '') return fallback;
  if (['true', 'yes', 'on', '1'].includes(value)) return true;
  if (['false', 'no', 'off', '0'].includes(value)) return false;
  throw new SettingsError(`input ${name} must be true or false, not "${text}"`);
}

function oneOf<T extends string>(
  name: string,
  text: string,
  allowed: readonly T[],
  fallback: T,
): T {
  const value = text.trim();
  if (value === '') return fallback;
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new SettingsError(`input ${name} must be one of ${allowed.join(', ')}, not "${text}"`);
}
