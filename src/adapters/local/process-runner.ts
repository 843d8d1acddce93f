import { spawn } from 'node:child_process';
import type { CommandResult, CommandRunner, CommandSpec } from '../../ports.js';
import { closeSync } from 'node:fs';
import { directStart, openRedirects, type Stdio } from './direct-exec.js';
import { watchdog } from './watchdog.js';

/** How long a stopped command may take to exit on SIGTERM before it gets SIGKILL. */
const KILL_GRACE_MS = 5000;

/** Process groups of the commands running now, so a second Ctrl-C can end them all. */
const live = new Set<number>();

function signalGroup(pid: number, signal: NodeJS.Signals): void {
  try {
    if (process.platform === 'win32') process.kill(pid, signal);
    else process.kill(-pid, signal);
  } catch {
    // already gone
  }
}

/** Ends every running command at once: the user asked twice. */
export function killAllCommands(): void {
  for (const pid of live) signalGroup(pid, 'SIGKILL');
}

/**
 * Runs commands as child processes in their own process group, so a stop reaches the whole tree.
 * A simple command (spec.direct) is started without its shell when direct-exec.ts can tell how
 * the shell would have started it; if that start fails all the same, the shell runs the line.
 */
export class ProcessRunner implements CommandRunner {
  async run(spec: CommandSpec): Promise<CommandResult> {
    const direct = spec.direct && directStart(spec.direct, spec.cwd, spec.env);
    const redirected = direct && openRedirects(direct.redirects, spec.cwd);
    if (direct && redirected) {
      const outcome = await runChild(spec, { ...direct, ...redirected });
      // Only a program that never started may be tried again, through the shell.
      if (outcome.started || outcome.result.spawnError === undefined) return outcome.result;
    }
    const [file, ...args] = spec.argv;
    if (file === undefined) throw new Error('Internal error: empty argv');
    return (await runChild(spec, { file, args, env: spec.env })).result;
  }
}

function runChild(
  spec: CommandSpec,
  start: {
    file: string;
    argv0?: string;
    args: readonly string[];
    env: CommandSpec['env'];
    stdio?: Stdio;
    opened?: readonly number[];
  },
): Promise<{ result: CommandResult; started: boolean }> {
  return new Promise((resolve) => {
    let child: ReturnType<typeof spawn>;
    try {
      child = spawn(start.file, start.args, {
        cwd: spec.cwd,
        env: start.env,
        ...(start.argv0 !== undefined ? { argv0: start.argv0 } : {}),
        stdio: start.stdio ?? ['ignore', 'pipe', 'pipe'],
        detached: process.platform !== 'win32',
      });
    } finally {
      // The child has its copies of the redirected files (or never started).
      for (const fd of start.opened ?? []) closeSync(fd);
    }
    const pid = child.pid;
    if (pid !== undefined) {
      live.add(pid);
      watchdog.watch(pid);
    }
    let escalation: NodeJS.Timeout | undefined;
    const stop = () => {
      if (pid === undefined) return;
      signalGroup(pid, 'SIGTERM');
      escalation = setTimeout(() => signalGroup(pid, 'SIGKILL'), KILL_GRACE_MS);
      escalation.unref();
    };
    const finish = (result: CommandResult) => {
      spec.signal.removeEventListener('abort', stop);
      if (escalation) clearTimeout(escalation);
      if (pid !== undefined) {
        // The shell may be gone while something it started in the group still runs.
        if (spec.signal.aborted) signalGroup(pid, 'SIGKILL');
        live.delete(pid);
        watchdog.unwatch(pid);
      }
      resolve({ result, started: pid !== undefined });
    };
    if (spec.signal.aborted) stop();
    else spec.signal.addEventListener('abort', stop, { once: true });
    // A stream redirected to a file has no pipe here.
    child.stdout?.setEncoding('utf8').on('data', (chunk: string) => spec.onOutput(chunk, 'stdout'));
    child.stderr?.setEncoding('utf8').on('data', (chunk: string) => spec.onOutput(chunk, 'stderr'));
    child.on('error', (e) => finish({ exitCode: null, signal: null, spawnError: e.message }));
    child.on('close', (exitCode, signal) => finish({ exitCode, signal }));
  });
}
