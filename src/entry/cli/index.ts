#!/usr/bin/env node
import { killAllCommands } from '../../adapters/process-runner.js';
import { main } from './main.js';

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

main(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  cwd: process.cwd(),
  env: process.env,
  signal: controller.signal,
}).then(
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
