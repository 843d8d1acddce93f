import type { CommandSpec, OptionSpec } from './spec.js';
import { COMMANDS, GLOBAL_OPTIONS } from './table.js';

/** Help texts, made from the command table (docs/cli.md shows the same texts: a test compares). */

export const EXIT_CODES =
  'Exit codes: 0 ok; 1 a stage failed (status --exit-code: something is not fresh);\n' +
  '2 bad input (invalid manifest or usage); 3 internal error (a bug); 75 another run holds\n' +
  'the project (run --no-wait; without it a second run waits); 130 interrupted.\n';

export function generalHelp(): string {
  const width = Math.max(...COMMANDS.map((c) => usageOf(c).length));
  const commands = COMMANDS.map((c) => `  ${usageOf(c).padEnd(width)}  ${c.summary}`);
  return (
    'reprokit: incremental, cached data pipelines\n\n' +
    'Usage: reprokit <command> [options] [operands]\n\n' +
    `Commands:\n${commands.join('\n')}\n\n` +
    `Options for every command:\n${optionLines(GLOBAL_OPTIONS)}\n\n` +
    'Run "reprokit <command> --help" for the options of a command.\n' +
    EXIT_CODES
  );
}

export function commandHelp(spec: CommandSpec): string {
  const operands = spec.operands ? ` ${spec.operands}` : '';
  const options = spec.options.length > 0 ? `Options:\n${optionLines(spec.options)}\n\n` : '';
  return (
    `Usage: reprokit ${spec.name} [options]${operands}\n\n` +
    `${capitalise(spec.summary)}.\n` +
    (spec.description ? `${spec.description}\n` : '') +
    '\n' +
    options +
    `Options for every command:\n${optionLines(GLOBAL_OPTIONS)}\n\n` +
    EXIT_CODES
  );
}

function usageOf(c: CommandSpec): string {
  return c.operands ? `${c.name} ${c.operands}` : c.name;
}

function optionLines(options: readonly OptionSpec[]): string {
  const left = options.map(optionLabel);
  const width = Math.max(...left.map((l) => l.length));
  return options.map((o, i) => `  ${(left[i] as string).padEnd(width)}  ${o.help}`).join('\n');
}

export function optionLabel(o: OptionSpec): string {
  const long = `--${o.name}${o.value ? ` ${o.value}` : ''}`;
  return o.short ? `-${o.short}, ${long}` : `    ${long}`;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
