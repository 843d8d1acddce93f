// Turns templates/ into src/entry/cli/templates.generated.ts, so that `reprokit init` carries the
// templates inside the ncc bundle (ncc bundles imported code only; files read at run time would
// be missing from dist/). `--check` fails when the generated module is not current.
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as prettier from 'prettier';

const root = fileURLToPath(new URL('..', import.meta.url));
const templatesDir = join(root, 'templates');
const target = join(root, 'src/entry/cli/templates.generated.ts');

/** Every file under dir (dot-directories included), as sorted POSIX paths relative to dir. */
function walk(dir, base = dir) {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory()
        ? walk(path, base)
        : [relative(base, path).split('\\').join('/')];
    });
}

export async function generate() {
  const templates = readdirSync(templatesDir)
    .filter((name) => statSync(join(templatesDir, name)).isDirectory())
    .sort()
    .map((name) => {
      const dir = join(templatesDir, name);
      const readme = readFileSync(join(dir, 'README.md'), 'utf8');
      const title = (/^# (?:Template: )?(.+)$/m.exec(readme)?.[1] ?? name).trim();
      // README.md documents the template; it is not written into the user's project.
      const files = Object.fromEntries(
        walk(dir)
          .filter((file) => file !== 'README.md')
          .map((file) => [file, readFileSync(join(dir, file), 'utf8')]),
      );
      return { name, title, files };
    });
  const text = `// Generated from templates/ by scripts/gen-templates.mjs: do not edit.
// Run \`npm run templates\` after changing templates/; a test checks that this file is current.

export interface Template {
  readonly name: string;
  /** From the heading of templates/<name>/README.md. */
  readonly title: string;
  /** Path in the project (POSIX) → content. */
  readonly files: Readonly<Record<string, string>>;
}

export const TEMPLATES: readonly Template[] = ${JSON.stringify(templates, null, 2)};
`;
  const options = (await prettier.resolveConfig(target)) ?? {};
  return prettier.format(text, { ...options, filepath: target });
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const text = await generate();
  if (process.argv.includes('--check')) {
    let current = '';
    try {
      current = readFileSync(target, 'utf8');
    } catch {
      // missing: not current
    }
    if (current !== text) {
      console.error(
        `${relative(root, target)} is not current with templates/: run "npm run templates"`,
      );
      process.exit(1);
    }
    console.log(`${relative(root, target)} is current`);
  } else {
    writeFileSync(target, text);
    console.log(`wrote ${relative(root, target)}`);
  }
}
