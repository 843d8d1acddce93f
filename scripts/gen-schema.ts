// Writes schema/reprokit.schema.json from the manifest grammar in src/core/manifest/schema.ts
// (the module the validator reads its keys from). `--check` fails when the committed file differs.
// Run with tsx: `npm run schema` / `npm run schema:check`.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import * as prettier from 'prettier';
import { MANIFEST_SCHEMA } from '../src/core/manifest/schema.js';

const target = fileURLToPath(new URL('../schema/reprokit.schema.json', import.meta.url));

const text = await prettier.format(JSON.stringify(MANIFEST_SCHEMA, null, 2), {
  parser: 'json',
  filepath: target,
});

if (process.argv.includes('--check')) {
  if (readFileSync(target, 'utf8') !== text) {
    process.stderr.write(
      'schema/reprokit.schema.json is not what src/core/manifest/schema.ts generates: run `npm run schema` and commit it\n',
    );
    process.exit(1);
  }
  process.stdout.write('schema/reprokit.schema.json is current\n');
} else {
  writeFileSync(target, text);
  process.stdout.write('wrote schema/reprokit.schema.json\n');
}
