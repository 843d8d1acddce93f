import { spawn } from 'node:child_process';
import type { CommandResult, CommandRunner, CommandSpec } from '../../ports.js';
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

/** Runs commands as child processes in their own process group, so a stop reaches the whole tree. */
export class ProcessRunner implements CommandRunner {
  run(spec: CommandSpec): Promise<CommandResult> {
    return new Promise((resolve) => {
      const [file, ...args] = spec.argv;
      if (file === undefined) throw new Error('Internal error: empty argv');
      const child = spawn(file, args, {
        cwd: spec.cwd,
        env: spec.env,
        stdio: ['ignore', 'pipe', 'pipe'],
        detached: process.platform !== 'win32',
      });
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
        resolve(result);
      };
      if (spec.signal.aborted) stop();
      else spec.signal.addEventListener('abort', stop, { once: true });
      child.stdout
        .setEncoding('utf8')
        .on('data', (chunk: string) => spec.onOutput(chunk, 'stdout'));
      child.stderr
        .setEncoding('utf8')
        .on('data', (chunk: string) => spec.onOutput(chunk, 'stderr'));
      child.on('error', (e) => finish({ exitCode: null, signal: null, spawnError: e.message }));
      child.on('close', (exitCode, signal) => finish({ exitCode, signal }));
    });
  }
}
