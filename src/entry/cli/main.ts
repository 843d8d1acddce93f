import type { CliIo } from './io.js';
import { parseArgs, UsageError } from './args.js';
import { EXIT } from './exit.js';
import type { ParsedArgs } from './spec.js';
import { commandNamed } from './table.js';

export type { CliIo } from './io.js';
export { EXIT } from './exit.js';

/** The whole CLI: parse, then run the command (loaded only now). */
export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  const parsed = parseOrExplain(argv, io);
  return typeof parsed === 'number' ? parsed : dispatch(parsed, io);
}

/** Parsed arguments, or the usage exit code after saying what is wrong. */
export function parseOrExplain(argv: readonly string[], io: CliIo): ParsedArgs | number {
  try {
    return parseArgs(argv);
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    io.stderr.write(`reprokit: ${e.message}\nRun "reprokit help" for usage.\n`);
    return EXIT.usage;
  }
}

export async function dispatch(args: ParsedArgs, io: CliIo): Promise<number> {
  const spec = commandNamed(args.command);
  if (!spec)
    throw new Error(`Internal error: the parser returned the unknown command ${args.command}`);
  const { run } = await spec.load();
  return run(args, io);
}
