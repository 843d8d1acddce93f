// Writes the README's usage block and input/output tables from action.yml, so they cannot drift.
// `node scripts/action-docs.mjs --check` fails when the README is out of date (run in CI).
import { readFileSync, writeFileSync } from 'node:fs';
import { format, resolveConfig } from 'prettier';
import { parse } from 'yaml';

const START = '<!-- action-docs:start (generated from action.yml by scripts/action-docs.mjs) -->';
const END = '<!-- action-docs:end -->';

const action = parse(readFileSync('action.yml', 'utf8'));
const cell = (text) =>
  String(text ?? '')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/\|/g, '\\|');

const usage = ['```yaml', '- uses: reprokit/reprokit@v1', '  with:'];
for (const [name, input] of Object.entries(action.inputs)) {
  const words = cell(input.description).split(' ');
  let line = '    #';
  for (const word of words) {
    if (line.length + word.length > 96) {
      usage.push(line);
      line = '    #';
    }
    line += ` ${word}`;
  }
  usage.push(line);
  const value =
    input.default === undefined || input.default === ''
      ? "''"
      : input.default.includes('${{')
        ? input.default
        : `'${input.default}'`;
  usage.push(`    ${name}: ${value}`, '');
}
usage[usage.length - 1] = '```';

const inputs = ['| Input | Default | Description |', '| --- | --- | --- |'];
for (const [name, input] of Object.entries(action.inputs)) {
  inputs.push(
    `| \`${name}\` | ${input.default ? `\`${cell(input.default)}\`` : ''} | ${cell(input.description)} |`,
  );
}
const outputs = ['| Output | Description |', '| --- | --- |'];
for (const [name, output] of Object.entries(action.outputs))
  outputs.push(`| \`${name}\` | ${cell(output.description)} |`);

const block = [
  START,
  '',
  usage.join('\n'),
  '',
  '#### Inputs',
  '',
  inputs.join('\n'),
  '',
  '#### Outputs',
  '',
  outputs.join('\n'),
  '',
  END,
].join('\n');
const readme = readFileSync('README.md', 'utf8');
const from = readme.indexOf(START);
const to = readme.indexOf(END);
if (from < 0 || to < 0) throw new Error('README.md lacks the action-docs markers');
// Formatted as Prettier would, so `npm run lint` and this check agree.
const updated = await format(readme.slice(0, from) + block + readme.slice(to + END.length), {
  ...(await resolveConfig('README.md')),
  filepath: 'README.md',
});
if (process.argv.includes('--check')) {
  if (updated !== readme) {
    console.error('README.md is out of date with action.yml: run `npm run docs`.');
    process.exit(1);
  }
  console.log('README action docs match action.yml');
} else {
  writeFileSync('README.md', updated);
}
