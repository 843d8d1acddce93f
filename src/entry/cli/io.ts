import type { TextSink } from './reporter.js';

/** What the CLI gets from the process: streams, working directory, environment, and a stop signal. */
export interface CliIo {
  readonly stdout: TextSink;
  readonly stderr: TextSink;
  readonly cwd: string;
  readonly env: Readonly<Record<string, string | undefined>>;
  /** Aborted on SIGINT/SIGTERM: running commands are stopped and nothing is recorded for them. */
  readonly signal: AbortSignal;
}
