import type { ChildProcess } from 'node:child_process';
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const ACTION_BUNDLE = resolve('dist/action/index.js');

export interface ActionRun {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
  readonly outputs: Record<string, string>;
  readonly summary: string;
}

/**
 * Runs the bundled action the way the runner does: a child `node` process with INPUT_*
 * variables and the runner's files (GITHUB_OUTPUT, GITHUB_STEP_SUMMARY) and directories.
 */
export async function runAction(options: ActionOptions): Promise<ActionRun> {
  return startAction(options).done;
}

export interface ActionOptions {
  workspace: string;
  inputs?: Record<string, string>;
  env?: Record<string, string | undefined>;
}

export interface ActionProcess {
  readonly child: ChildProcess;
  /** Resolves when stdout (the runner's log) so far matches: explicit synchronisation, no sleeps. */
  stdoutMatches(pattern: RegExp): Promise<string>;
  readonly done: Promise<ActionRun>;
}

/** The same as runAction, returning at once: a test can signal the process mid-run (a cancel). */
export function startAction(options: ActionOptions): ActionProcess {
  const runnerDir = mkdtempSync(join(tmpdir(), 'reprokit-runner-'));
  const outputFile = join(runnerDir, 'output.txt');
  const summaryFile = join(runnerDir, 'summary.md');
  writeFileSync(outputFile, '');
  writeFileSync(summaryFile, '');
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? runnerDir,
    GITHUB_ACTIONS: 'true',
    CI: 'true',
    GITHUB_WORKSPACE: options.workspace,
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    RUNNER_TEMP: join(runnerDir, 'temp'),
    RUNNER_OS: 'Linux',
    RUNNER_ARCH: 'X64',
  };
  for (const [name, value] of Object.entries(options.inputs ?? {}))
    env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value;
  for (const [name, value] of Object.entries(options.env ?? {})) {
    if (value === undefined) delete env[name];
    else env[name] = value;
  }
  const child = spawn(process.execPath, [ACTION_BUNDLE], {
    cwd: options.workspace,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  const waiters: { pattern: RegExp; resolve: (s: string) => void }[] = [];
  const check = () => {
    for (const w of [...waiters]) {
      if (!w.pattern.test(stdout)) continue;
      waiters.splice(waiters.indexOf(w), 1);
      w.resolve(stdout);
    }
  };
  child.stdout.setEncoding('utf8').on('data', (c: string) => {
    stdout += c;
    check();
  });
  child.stderr.setEncoding('utf8').on('data', (c: string) => (stderr += c));
  const done = new Promise<ActionRun>((resolveDone) =>
    child.on('close', (code) => {
      for (const w of waiters.splice(0))
        w.resolve(`(exited before stdout matched ${w.pattern}) ${stdout}`);
      resolveDone({
        code,
        stdout,
        stderr,
        outputs: parseOutputFile(readFileSync(outputFile, 'utf8')),
        summary: readFileSync(summaryFile, 'utf8'),
      });
    }),
  );
  return {
    child,
    done,
    stdoutMatches: (pattern) =>
      new Promise((resolveMatch) => {
        waiters.push({ pattern, resolve: resolveMatch });
        check();
      }),
  };
}

/** GITHUB_OUTPUT holds `name<<DELIMITER\nvalue\nDELIMITER` blocks. */
export function parseOutputFile(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const match = /^([^<=]+)<<(.+)$/.exec(lines[i] as string);
    if (!match) continue;
    const [, name, delimiter] = match as unknown as [string, string, string];
    const value: string[] = [];
    for (i++; i < lines.length && lines[i] !== delimiter; i++) value.push(lines[i] as string);
    outputs[name] = value.join('\n');
  }
  return outputs;
}
