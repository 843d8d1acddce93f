import type { ChildProcessWithoutNullStreams } from 'node:child_process';
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';

/** The bundled CLI (`npm run bundle` writes it): what users run, as a child process. */
export const CLI_BUNDLE = resolve(process.env.REPROKIT_BUNDLE ?? 'dist/cli/index.js');

export interface CliProcess {
  readonly child: ChildProcessWithoutNullStreams;
  /** Resolves when stderr (so far) satisfies the test: explicit synchronisation, no sleeps. */
  stderrMatches(pattern: RegExp): Promise<string>;
  readonly done: Promise<{
    code: number | null;
    signal: NodeJS.Signals | null;
    stdout: string;
    stderr: string;
  }>;
}

export function startCli(
  args: readonly string[],
  options: { cwd: string; env?: Record<string, string> },
): CliProcess {
  const child = spawn(process.execPath, [CLI_BUNDLE, ...args], {
    cwd: options.cwd,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...options.env },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  child.stdin.end();
  let stdout = '';
  let stderr = '';
  const waiters: { pattern: RegExp; resolve: (s: string) => void }[] = [];
  const check = () => {
    for (const w of [...waiters]) {
      if (w.pattern.test(stderr)) {
        waiters.splice(waiters.indexOf(w), 1);
        w.resolve(stderr);
      }
    }
  };
  child.stdout.setEncoding('utf8').on('data', (c: string) => (stdout += c));
  child.stderr.setEncoding('utf8').on('data', (c: string) => {
    stderr += c;
    check();
  });
  const done = new Promise<{
    code: number | null;
    signal: NodeJS.Signals | null;
    stdout: string;
    stderr: string;
  }>((resolveDone, fail) => {
    child.on('error', fail);
    child.on('close', (code, signal) => {
      for (const w of waiters.splice(0))
        w.resolve(`(exited before stderr matched ${w.pattern}) ${stderr}`);
      resolveDone({ code, signal, stdout, stderr });
    });
  });
  return {
    child,
    done,
    stderrMatches: (pattern) =>
      new Promise((res) => {
        waiters.push({ pattern, resolve: res });
        check();
      }),
  };
}

export async function runCli(
  args: readonly string[],
  options: { cwd: string; env?: Record<string, string> },
) {
  return startCli(args, options).done;
}
