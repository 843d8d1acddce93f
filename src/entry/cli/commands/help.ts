import { closest } from '../../../core/suggest.js';
import { EXIT } from '../exit.js';
import { commandHelp, generalHelp } from '../help.js';
import type { CliIo } from '../io.js';
import type { ParsedArgs } from '../spec.js';
import { COMMANDS, commandNamed } from '../table.js';

/** `reprokit help [COMMAND]`, `reprokit COMMAND --help`. */
export async function run(args: ParsedArgs, io: CliIo): Promise<number> {
  const [name] = args.operands;
  if (name === undefined) {
    io.stdout.write(generalHelp());
    return EXIT.ok;
  }
  const spec = commandNamed(name);
  if (spec) {
    io.stdout.write(commandHelp(spec));
    return EXIT.ok;
  }
  const guess = closest(
    name,
    COMMANDS.map((c) => c.name),
  );
  io.stderr.write(
    `reprokit: unknown command "${name}"${guess ? `: did you mean "${guess}"?` : ''}\n`,
  );
  return EXIT.usage;
}
