import type { CliIo } from './io.js';

/**
 * The shape of the CLI's command table (table.ts). Commands and their options are data: the
 * parser (args.ts), every `--help` text (help.ts) and the reference in docs/cli.md are made from
 * them, so none of them can drift from the others.
 */

/**
 * `switch`: on when given (`--json`; `--json=false` turns it off again).
 * `string`: one value (`-C DIR`, `--directory=DIR`); the last one given wins.
 * `list`: repeatable and comma-separated (`--force a,b --force c`).
 * `count`: a whole number of at least 1 (`-j 4`, `-j4`, `--jobs=4`).
 */
export type OptionType = 'switch' | 'string' | 'list' | 'count';

export interface OptionSpec {
  /** The long name without dashes; also the key commands read the value by. */
  readonly name: string;
  /** One letter, for `-x`; letters combine (`-nk`, `-j4`). */
  readonly short?: string;
  readonly type: OptionType;
  /** The value's placeholder in help (`DIR`, `N`); required for every type but `switch`. */
  readonly value?: string;
  /** One line for `--help`; docs/cli.md shows the same words. */
  readonly help: string;
  /** `count` options: the smallest value accepted (default 1). */
  readonly min?: number;
}

/** Loads a command's code only when the command runs (the no-op fast path never loads it). */
export type CommandLoader = () => Promise<{ readonly run: CommandRun }>;

/** A command: gets the parsed arguments and the process's streams; returns the exit code. */
export type CommandRun = (args: ParsedArgs, io: CliIo) => Promise<number>;

export interface CommandSpec {
  readonly name: string;
  /** The words after the command name in the usage line (`[STAGE...]`, `show|diff [REV]`). */
  readonly operands: string;
  /** Whether the command takes operands at all: when false, any operand is a usage error. */
  readonly takesOperands: boolean;
  /** One line for the command list. */
  readonly summary: string;
  /** A few sentences for `reprokit COMMAND --help`, after the usage line. */
  readonly description?: string;
  readonly options: readonly OptionSpec[];
  readonly load: CommandLoader;
}

/** What the parser hands a command. Values are read by the option's long name. */
export interface ParsedArgs {
  readonly command: string;
  /** The words that are not options, in order (stage names, a subcommand, a revision). */
  readonly operands: readonly string[];
  /** Long name → value: `true`/`false` for switches, strings, arrays for lists, numbers for counts. */
  readonly values: Readonly<Record<string, string | boolean | number | readonly string[]>>;
}

export function flag(args: ParsedArgs, name: string): boolean {
  return args.values[name] === true;
}

export function text(args: ParsedArgs, name: string): string | undefined {
  const value = args.values[name];
  return typeof value === 'string' ? value : undefined;
}

export function list(args: ParsedArgs, name: string): readonly string[] {
  const value = args.values[name];
  return Array.isArray(value) ? (value as readonly string[]) : [];
}

export function count(args: ParsedArgs, name: string): number | undefined {
  const value = args.values[name];
  return typeof value === 'number' ? value : undefined;
}
