import { spawn } from 'node:child_process';
import type { CommandResult, CommandRunner, CommandSpec } from '../ports.js';

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
      const kill = () => {
        if (child.pid === undefined) return;
        try {
          if (process.platform === 'win32') child.kill('SIGTERM');
          else process.kill(-child.pid, 'SIGTERM');
        } catch {
          // already gone
        }
      };
      if (spec.signal.aborted) kill();
      spec.signal.addEventListener('abort', kill, { once: true });
      child.stdout
        .setEncoding('utf8')
        .on('data', (chunk: string) => spec.onOutput(chunk, 'stdout'));
      child.stderr
        .setEncoding('utf8')
        .on('data', (chunk: string) => spec.onOutput(chunk, 'stderr'));
      child.on('error', (e) => {
        spec.signal.removeEventListener('abort', kill);
        resolve({ exitCode: null, signal: null, spawnError: e.message });
      });
      child.on('close', (exitCode, signal) => {
        spec.signal.removeEventListener('abort', kill);
        resolve({ exitCode, signal });
      });
    });
  }
}
