#!/usr/bin/env node
import { tryFastPath } from './fast-path.js';
import type { CliIo } from './io.js';
import { dispatch, parseOrExplain } from './main.js';
import { writeAllSync } from './write-sync.js';

const controller = new AbortController();
let interrupts = 0;
const onSignal = (signal: NodeJS.Signals) => {
  interrupts++;
  if (interrupts > 1) {
    // Loaded by then if any command runs; a static import would load child_process (and with it
    // net, streams, dgram) on every start, the no-op fast path's too.
    void import('../../adapters/local/process-runner.js').then(
      ({ killAllCommands }) => {
        killAllCommands();
        process.exit(130);
      },
      () => process.exit(130),
    );
    return;
  }
  process.stderr.write(
    `\nreprokit: ${signal}: stopping running stages; nothing of theirs is recorded\n`,
  );
  controller.abort();
};
process.on('SIGINT', onSignal);
process.on('SIGTERM', onSignal);

/** The standard streams are made on first use: a fast-path answer may never touch stderr. */
const io: CliIo = {
  get stdout() {
    return process.stdout;
  },
  get stderr() {
    return process.stderr;
  },
  cwd: process.cwd(),
  env: process.env,
  signal: controller.signal,
};

/**
 * One parse; a still-valid no-op snapshot answers before the command's code (engine, adapters)
 * is even loaded.
 */
async function start(): Promise<number> {
  const args = parseOrExplain(process.argv.slice(2), io);
  if (typeof args === 'number') return args;
  const writeStdout = (bytes: Uint8Array) =>
    writeAllSync(1, bytes, (rest) => process.stdout.write(rest));
  return (await tryFastPath(args, io, writeStdout)) ?? dispatch(args, io);
}

start().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(
      `reprokit: internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
    process.exitCode = 3;
  },
);
