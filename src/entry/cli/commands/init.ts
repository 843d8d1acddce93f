import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { closest } from '../../../core/suggest.js';
import { EXIT, projectRoot } from '../context.js';
import type { CliIo } from '../io.js';
import type { ParsedArgs } from '../spec.js';
import { flag, text } from '../spec.js';
import type { Template } from '../templates.generated.js';
import { TEMPLATES } from '../templates.generated.js';

export const DEFAULT_TEMPLATE = 'python';
const IGNORE_LINE = '.reprokit/';

export type GitignoreChange = 'created' | 'appended' | 'unchanged';

export interface InitResult {
  readonly template: string;
  readonly written: readonly string[];
  /** Files of the template that exist and were left alone (without --force). */
  readonly skipped: readonly string[];
  readonly gitignore: GitignoreChange;
}

/**
 * `reprokit init`: writes a template's files (manifest, workflow, ...) into the project and adds
 * `.reprokit/` to `.gitignore`. A file that exists is left alone and listed as skipped (an
 * existing params.yaml must not stop the workflow from being written); `--force` overwrites.
 */
export async function run(args: ParsedArgs, io: CliIo): Promise<number> {
  const root = projectRoot(args, io);
  if (root === undefined) return EXIT.usage;
  const name = text(args, 'template') ?? DEFAULT_TEMPLATE;
  const template = TEMPLATES.find((t) => t.name === name);
  if (!template) {
    const names = TEMPLATES.map((t) => t.name);
    const guess = closest(name, names);
    io.stderr.write(
      `reprokit: no template named "${name}"${guess ? `: did you mean "${guess}"?` : ''}\n${templateList()}`,
    );
    return EXIT.usage;
  }
  const overwrite = flag(args, 'force');
  const existing = Object.keys(template.files).filter((file) => existsSync(join(root, file)));
  const result = writeTemplate(root, template, overwrite ? [] : existing);
  if (flag(args, 'json')) {
    io.stdout.write(JSON.stringify(result, null, 2) + '\n');
    return EXIT.ok;
  }
  const lines = result.written.map(
    (f) => `  ${existing.includes(f) ? 'overwrote' : 'wrote    '} ${f}`,
  );
  lines.push(...result.skipped.map((f) => `  skipped   ${f} (exists; --force overwrites it)`));
  if (result.gitignore !== 'unchanged')
    lines.push(`  ${result.gitignore === 'created' ? 'wrote    ' : 'updated  '} .gitignore`);
  io.stdout.write(
    `Template "${template.name}" (${template.title}):\n${lines.join('\n')}\n` +
      `Next: adapt the stages in reprokit.yml, then run "reprokit status".\n`,
  );
  return EXIT.ok;
}

/** Writes every file of the template but the skipped ones. */
export function writeTemplate(
  root: string,
  template: Template,
  skip: readonly string[],
): InitResult {
  const written: string[] = [];
  for (const [file, content] of Object.entries(template.files)) {
    if (skip.includes(file)) continue;
    const path = join(root, file);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, content);
    written.push(file);
  }
  return {
    template: template.name,
    written,
    skipped: [...skip],
    gitignore: ignoreStateDir(root),
  };
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
