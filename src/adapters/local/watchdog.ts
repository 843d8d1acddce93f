import type { ChildProcess } from 'node:child_process';
import { spawn } from 'node:child_process';

/**
 * Reads "+PGID" / "-PGID" lines on standard input. At end of input, which comes when reprokit
 * exits however it dies (SIGKILL, out of memory, a crash) because the kernel closes its end of
 * the pipe, it kills every process group still listed: stages never outlive reprokit.
 */
const SCRIPT = `pgs=" "
while read -r op pg; do
  case "$op$pgs" in
    +*) pgs="$pgs$pg " ;;
    -*" $pg "*) pgs="\${pgs%% $pg *} \${pgs#* $pg }" ;;
  esac
done
for pg in $pgs; do kill -s KILL -- "-$pg" 2>/dev/null; done
`;

/**
 * One watchdog process per reprokit process, started with the first stage. Not on Windows,
 * which has no process groups; there a SIGKILLed reprokit can leave a stage running
 * (docs/robustness.md).
 */
class Watchdog {
  private child: ChildProcess | undefined;
  private broken = false;

  watch(pgid: number): void {
    this.send(`+ ${pgid}\n`);
  }

  unwatch(pgid: number): void {
    this.send(`- ${pgid}\n`);
  }

  private send(line: string): void {
    if (process.platform === 'win32' || this.broken) return;
    const child = this.child ?? this.start();
    if (!child?.stdin?.writable) return;
    child.stdin.write(line);
  }

  private start(): ChildProcess | undefined {
    try {
      const child = spawn('/bin/sh', ['-c', SCRIPT], {
        stdio: ['pipe', 'ignore', 'ignore'],
        // Its own group: a Ctrl-C in the terminal or a kill of reprokit's group does not end it.
        detached: true,
      });
      child.on('error', () => (this.broken = true));
      child.stdin?.on('error', () => (this.broken = true));
      child.on('exit', () => (this.child = undefined));
      // It must not keep reprokit alive: its pipe closes when reprokit exits.
      child.unref();
      (child.stdin as unknown as { unref?: () => void } | null)?.unref?.();
      this.child = child;
      return child;
    } catch {
      this.broken = true;
      return undefined;
    }
  }
}

export const watchdog = new Watchdog();
