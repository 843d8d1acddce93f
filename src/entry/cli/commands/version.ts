import { VERSION } from '../../../version.js';
import { EXIT } from '../exit.js';
import type { CliIo } from '../io.js';
import type { ParsedArgs } from '../spec.js';

/** `reprokit version`, `reprokit --version`. */
export async function run(_args: ParsedArgs, io: CliIo): Promise<number> {
  io.stdout.write(`reprokit ${VERSION}\n`);
  return EXIT.ok;
}
