import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { closest } from '../../core/suggest.js';
import type { CliArgs } from './args.js';
import type { TextSink } from './reporter.js';
import type { Template } from './templates.generated.js';
import { TEMPLATES } from './templates.generated.js';

export const DEFAULT_TEMPLATE = 'python';
const IGNORE_LINE = '.reprokit/';

export type GitignoreChange = 'created' | 'appended' | 'unchanged';

export interface InitResult {
  readonly template: string;
  readonly written: readonly string[];
  readonly gitignore: GitignoreChange;
}

/**
 * `reprokit init`: writes a template's files (manifest, workflow, ...) into the project and adds
 * `.reprokit/` to `.gitignore`. Never overwrites a file without `--force`: when any exists,
 * nothing is written and the exit code is 2, naming every file in the way.
 */
export function init(
  root: string,
  args: CliArgs,
  io: { readonly stdout: TextSink; readonly stderr: TextSink },
): number {
  const name = args.template ?? DEFAULT_TEMPLATE;
  const template = TEMPLATES.find((t) => t.name === name);
  if (!template) {
    const names = TEMPLATES.map((t) => t.name);
    const guess = closest(name, names);
    io.stderr.write(
      `reprokit: no template named "${name}"${guess ? `: did you mean "${guess}"?` : ''}\n${templateList()}`,
    );
    return 2;
  }
  const files = Object.keys(template.files);
  const existing = files.filter((file) => existsSync(join(root, file)));
  if (existing.length > 0 && !args.overwrite) {
    io.stderr.write(
      `reprokit: not overwriting ${existing.join(', ')}; nothing was written (use --force to overwrite)\n`,
    );
    return 2;
  }
  const result = writeTemplate(root, template);
  if (args.json) {
    io.stdout.write(JSON.stringify(result, null, 2) + '\n');
  } else {
    const lines = result.written.map(
      (f) => `  ${existing.includes(f) ? 'overwrote' : 'wrote    '} ${f}`,
    );
    if (result.gitignore !== 'unchanged')
      lines.push(`  ${result.gitignore === 'created' ? 'wrote    ' : 'updated  '} .gitignore`);
    io.stdout.write(
      `Template "${template.name}" (${template.title}):\n${lines.join('\n')}\n` +
        `Next: adapt the stages in reprokit.yml, then run "reprokit status".\n`,
    );
  }
  return 0;
}

export function writeTemplate(root: string, template: Template): InitResult {
  const written: string[] = [];
  for (const [file, content] of Object.entries(template.files)) {
    const path = join(root, file);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, content);
    written.push(file);
  }
  return { template: template.name, written, gitignore: ignoreStateDir(root) };
}

/** Adds `.reprokit/` to `.gitignore` once: creates the file, or appends unless already ignored. */
export function ignoreStateDir(root: string): GitignoreChange {
  const path = join(root, '.gitignore');
  if (!existsSync(path)) {
    writeFileSync(path, `# reprokit: local state and cache\n${IGNORE_LINE}\n`);
    return 'created';
  }
  const text = readFileSync(path, 'utf8');
  const ignored = text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .some((line) => ['.reprokit', '.reprokit/', '/.reprokit', '/.reprokit/'].includes(line));
  if (ignored) return 'unchanged';
  const newline = text.includes('\r\n') ? '\r\n' : '\n';
  const separator = text === '' || text.endsWith('\n') ? '' : newline;
  writeFileSync(path, `${text}${separator}${IGNORE_LINE}${newline}`);
  return 'appended';
}

export function templateList(): string {
  const width = Math.max(...TEMPLATES.map((t) => t.name.length));
  return `Templates:\n${TEMPLATES.map((t) => `  ${t.name.padEnd(width)}  ${t.title}`).join('\n')}\n`;
}
