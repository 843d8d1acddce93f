#!/usr/bin/env node
import { killAllCommands } from '../../adapters/local/process-runner.js';
import { tryFastPath } from './fast-path.js';
import { dispatch, parseOrExplain } from './main.js';

const controller = new AbortController();
let interrupts = 0;
const onSignal = (signal: NodeJS.Signals) => {
  interrupts++;
  if (interrupts > 1) {
    killAllCommands();
    process.exit(130);
  }
  process.stderr.write(
    `\nreprokit: ${signal}: stopping running stages; nothing of theirs is recorded\n`,
  );
  controller.abort();
};
process.on('SIGINT', onSignal);
process.on('SIGTERM', onSignal);

const io = {
  stdout: process.stdout,
  stderr: process.stderr,
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
  return tryFastPath(args, io) ?? dispatch(args, io);
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
