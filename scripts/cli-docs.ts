// Writes docs/cli.md's reference (every command's --help) from the CLI's command table, so the
// docs cannot drift from the parser. `tsx scripts/cli-docs.ts --check` fails when it is stale (CI).
import { readFileSync, writeFileSync } from 'node:fs';
import { commandHelp, generalHelp } from '../src/entry/cli/help.js';
import { COMMANDS } from '../src/entry/cli/table.js';

const FILE = 'docs/cli.md';
const START =
  '<!-- cli-reference:start (generated from src/entry/cli/table.ts by scripts/cli-docs.ts) -->';
const END = '<!-- cli-reference:end -->';

const block = (title: string, text: string) => `### ${title}\n\n\`\`\`text\n${text}\`\`\`\n`;
const reference = [
  START,
  '',
  block('`reprokit --help`', generalHelp()),
  ...COMMANDS.map((c) => block(`\`reprokit ${c.name} --help\``, commandHelp(c))),
  END,
].join('\n');

const current = readFileSync(FILE, 'utf8');
const from = current.indexOf(START);
const to = current.indexOf(END);
if (from < 0 || to < from) {
  console.error(`${FILE}: the markers ${START} … ${END} are missing`);
  process.exit(1);
}
const next = current.slice(0, from) + reference + current.slice(to + END.length);
if (process.argv.includes('--check')) {
  if (next !== current) {
    console.error(`${FILE} is out of date: run \`npm run docs:cli\``);
    process.exit(1);
  }
  console.log(`${FILE}: reference is current`);
} else {
  writeFileSync(FILE, next);
  console.log(`${FILE}: reference written`);
}
