import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { main } from '../../src/entry/cli/main.js';

/** A throwaway project directory on the real disk. */
export class TempProject {
  readonly root: string;

  constructor(files: Record<string, string> = {}) {
    this.root = mkdtempSync(join(tmpdir(), 'reprokit-test-'));
    this.write(files);
  }

  write(files: Record<string, string>): void {
    for (const [path, content] of Object.entries(files)) {
      const abs = join(this.root, path);
      mkdirSync(dirname(abs), { recursive: true });
      writeFileSync(abs, content);
    }
  }

  read(path: string): string {
    return readFileSync(join(this.root, path), 'utf8');
  }

  path(path: string): string {
    return join(this.root, path);
  }

  remove(path: string): void {
    rmSync(join(this.root, path), { recursive: true, force: true });
  }

  dispose(): void {
    rmSync(this.root, { recursive: true, force: true });
  }
}

export interface CliOutcome {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs the CLI in-process against a directory, with the same code path as the bundle. */
export async function cli(
  root: string,
  args: readonly string[],
  options: { signal?: AbortSignal; env?: Record<string, string> } = {},
): Promise<CliOutcome> {
  let stdout = '';
  let stderr = '';
  const code = await main([...args, '-C', root], {
    stdout: { write: (t) => void (stdout += t) },
    stderr: { write: (t) => void (stderr += t) },
    cwd: root,
    env: { PATH: process.env.PATH, HOME: process.env.HOME, ...options.env },
    signal: options.signal ?? new AbortController().signal,
  });
  return { code, stdout, stderr };
}

/** `run --json` and returns result per stage name. */
export async function runJson(
  root: string,
  args: readonly string[] = [],
): Promise<{ code: number; results: Record<string, string>; stderr: string; json: RunJson }> {
  const outcome = await cli(root, ['run', '--json', ...args]);
  const json = JSON.parse(outcome.stdout || '{"ok":false,"stages":[]}') as RunJson;
  const results: Record<string, string> = {};
  for (const s of json.stages) results[s.name] = s.result;
  return { code: outcome.code, results, stderr: outcome.stderr, json };
}

export interface RunJson {
  ok: boolean;
  stages: { name: string; result: string; durationMs: number; reasons: string[]; error?: string }[];
}

export async function statusJson(root: string, args: readonly string[] = []) {
  const outcome = await cli(root, ['status', '--json', ...args]);
  return JSON.parse(outcome.stdout) as {
    stages: { name: string; status: string; reasons: string[] }[];
  };
}
