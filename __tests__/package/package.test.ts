import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';

/** The npm package and the version a release carries. */

const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as {
  version: string;
  dependencies?: Record<string, string>;
};

describe('the npm package', () => {
  it('has no runtime dependencies: everything is bundled', () => {
    expect(pkg.dependencies ?? {}).toEqual({});
  });

  it('packs the CLI bundle, schema, templates and docs, under 3 MiB, without sources or maps', () => {
    const out = spawnSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], {
      encoding: 'utf8',
    });
    expect(out.status).toBe(0);
    const [packed] = JSON.parse(out.stdout) as {
      size: number;
      files: { path: string }[];
    }[];
    const files = packed!.files.map((f) => f.path);
    expect(packed!.size).toBeLessThanOrEqual(3 * 1024 * 1024);
    for (const needed of [
      'dist/cli/index.js',
      'dist/cli/package.json',
      'schema/reprokit.schema.json',
      'templates/python/reprokit.yml',
      'docs/cli.md',
      'README.md',
      'LICENSE',
      'CHANGELOG.md',
    ])
      expect(files).toContain(needed);
    const unwanted = files.filter((f) =>
      /^(src|__tests__|bench|dist\/action|examples)\/|\.map$/.test(f),
    );
    expect(unwanted).toEqual([]);
  });
});

describe('the version', () => {
  const check = (root: string, ...args: string[]) =>
    spawnSync(process.execPath, [resolve('scripts/check-version.mjs'), '--root', root, ...args], {
      encoding: 'utf8',
    });

  it('package.json, src/version.ts, the built CLI and CHANGELOG.md agree', () => {
    const out = check('.', '--dist');
    expect(out.stderr).toBe('');
    expect(out.status).toBe(0);
  });

  describe('disagreements are caught', () => {
    let root: string;
    beforeEach(() => {
      root = mkdtempSync(join(tmpdir(), 'reprokit-version-'));
      for (const f of ['package.json', 'src/version.ts', 'CHANGELOG.md'])
        cpSync(f, join(root, f), { recursive: true });
    });
    afterEach(() => rmSync(root, { recursive: true, force: true }));

    it('src/version.ts behind package.json', () => {
      writeFileSync(join(root, 'src/version.ts'), "export const VERSION = '0.0.9';\n");
      expect(check(root).stderr).toContain(
        `src/version.ts says 0.0.9, package.json says ${pkg.version}`,
      );
    });

    it('a CHANGELOG whose newest release is another version', () => {
      const text = readFileSync(join(root, 'CHANGELOG.md'), 'utf8');
      writeFileSync(
        join(root, 'CHANGELOG.md'),
        text.replace('## [Unreleased]', '## [Unreleased]\n\n## [9.9.9] - 2026-01-01\n\n- x\n'),
      );
      expect(check(root).stderr).toContain("CHANGELOG.md's newest released section is [9.9.9]");
    });

    it('a tag that is not the version', () => {
      expect(check(root, '--tag', 'v9.0.0').stderr).toContain(
        `the tag v9.0.0 is not v${pkg.version}`,
      );
    });
  });
});

describe('action.yml', () => {
  it('has a description within the Marketplace limit of 125 characters', () => {
    const action = parse(readFileSync('action.yml', 'utf8')) as { description: string };
    expect(action.description.length).toBeLessThanOrEqual(125);
  });
});
