import { parseArgs as tokenize } from 'node:util';
import { closest } from '../../core/suggest.js';
import type { CommandSpec, OptionSpec, ParsedArgs } from './spec.js';
import { COMMANDS, GLOBAL_OPTIONS, commandNamed } from './table.js';

/**
 * The one argument parser of the CLI (the no-op fast path uses it too). Node's `parseArgs`
 * splits the words (combined short flags `-nk`, `-j4`, `--name=value`, `--` ending options);
 * this module checks them against the command table: unknown options get "did you mean", an
 * option of another command says so, values are checked by type.
 */

export class UsageError extends Error {}

type Token = ReturnType<typeof tokenize>['tokens'] extends (infer T)[] | undefined ? T : never;

export function parseArgs(argv: readonly string[]): ParsedArgs {
  const located = locateCommand(argv);
  const spec = located ? resolveCommand(located.word) : commandNamed('help');
  if (!spec) throw new Error('Internal error: the command table has no help command');
  const rest = located ? [...argv.slice(0, located.index), ...argv.slice(located.index + 1)] : argv;
  const options = [...GLOBAL_OPTIONS, ...spec.options];
  const values: Record<string, string | boolean | number | readonly string[]> = {};
  const operands: string[] = [];
  for (const token of split(rest, options)) {
    if (token.kind === 'positional') operands.push(token.value);
    else if (token.kind === 'option') readOption(token, options, spec, values);
  }
  if (values.version === true) return { command: 'version', operands: [], values };
  if (values.help === true)
    return { command: 'help', operands: located ? [spec.name] : operands, values };
  if (!spec.takesOperands && operands.length > 0)
    throw new UsageError(
      `"reprokit ${spec.name}" takes no ${operands.length === 1 ? 'operand' : 'operands'}, got ${operands.map((o) => `"${o}"`).join(', ')}`,
    );
  return { command: spec.name, operands, values };
}

/** The first word that is neither an option nor a global option's value (`reprokit -C dir run`). */
function locateCommand(argv: readonly string[]): { word: string; index: number } | undefined {
  for (const token of split(argv, GLOBAL_OPTIONS)) {
    if (token.kind === 'option-terminator') return undefined;
    if (token.kind === 'positional') return { word: token.value, index: token.index };
  }
  return undefined;
}

function resolveCommand(word: string): CommandSpec {
  const spec = commandNamed(word);
  if (spec) return spec;
  const guess = closest(
    word,
    COMMANDS.map((c) => c.name),
  );
  throw new UsageError(`unknown command "${word}"${guess ? `: did you mean "${guess}"?` : ''}`);
}

function split(argv: readonly string[], options: readonly OptionSpec[]): Token[] {
  const config: Record<string, { type: 'string' | 'boolean'; short?: string }> = {};
  for (const o of options)
    config[o.name] = { type: o.type === 'switch' ? 'boolean' : 'string', ...shortOf(o) };
  const { tokens } = tokenize({
    args: [...argv],
    options: config,
    strict: false,
    allowPositionals: true,
    tokens: true,
  });
  return tokens ?? [];
}

function shortOf(o: OptionSpec): { short?: string } {
  return o.short ? { short: o.short } : {};
}

function readOption(
  token: Extract<Token, { kind: 'option' }>,
  options: readonly OptionSpec[],
  command: CommandSpec,
  values: Record<string, string | boolean | number | readonly string[]>,
): void {
  const spec = options.find((o) => matches(o, token.rawName));
  if (!spec) throw unknownOption(token.rawName, options, command);
  const raw = token.rawName;
  if (spec.type === 'switch') {
    values[spec.name] = token.value === undefined ? true : switchValue(raw, token.value);
    return;
  }
  const value = token.value;
  if (value === undefined) throw new UsageError(`${raw} needs a value`);
  if (!token.inlineValue && value.startsWith('-') && value !== '-')
    throw new UsageError(
      `${raw} needs a value (${spec.value ?? 'VALUE'}) before ${value}; a value that starts with "-" is written ${raw.startsWith('--') ? raw : `--${spec.name}`}=${value}`,
    );
  switch (spec.type) {
    case 'string':
      values[spec.name] = value;
      return;
    case 'list': {
      const before = values[spec.name];
      values[spec.name] = [
        ...(Array.isArray(before) ? (before as string[]) : []),
        ...value.split(',').filter(Boolean),
      ];
      return;
    }
    case 'count':
      values[spec.name] = wholeNumber(raw, value, spec.min ?? 1);
      return;
  }
}

const TRUE_WORDS = ['true', '1', 'yes', 'on'];
const FALSE_WORDS = ['false', '0', 'no', 'off'];

/** `--dry-run=false` means what it says; anything but a yes/no word is a mistake worth naming. */
function switchValue(raw: string, value: string): boolean {
  const word = value.toLowerCase();
  if (TRUE_WORDS.includes(word)) return true;
  if (FALSE_WORDS.includes(word)) return false;
  throw new UsageError(`${raw} is a switch: write ${raw} or ${raw}=false, not ${raw}=${value}`);
}

function unknownOption(
  raw: string,
  options: readonly OptionSpec[],
  command: CommandSpec,
): UsageError {
  const elsewhere = COMMANDS.filter(
    (c) => c !== command && c.options.some((o) => matches(o, raw)),
  ).map((c) => c.name);
  if (elsewhere.length > 0)
    return new UsageError(
      `${raw} does not apply to "reprokit ${command.name}" (it is an option of ${elsewhere.map((c) => `"reprokit ${c}"`).join(', ')})`,
    );
  const names = options.flatMap((o) => [`--${o.name}`, ...(o.short ? [`-${o.short}`] : [])]);
  const guess = raw.startsWith('--')
    ? closest(
        raw,
        names.filter((n) => n.startsWith('--')),
      )
    : undefined;
  return new UsageError(`unknown option ${raw}${guess ? `: did you mean ${guess}?` : ''}`);
}

function matches(o: OptionSpec, raw: string): boolean {
  return raw === `--${o.name}` || (o.short !== undefined && raw === `-${o.short}`);
}

function wholeNumber(raw: string, value: string, min: number): number {
  const n = Number(value);
  if (value.trim() === '' || !Number.isInteger(n) || n < min)
    throw new UsageError(`${raw} needs a whole number of at least ${min}, not "${value}"`);
  return n;
}
