import { mkdtempSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CliOutcome } from '../support/project.js';
import { TempProject, cli } from '../support/project.js';

/**
 * What a user sees when the manifest is wrong: `file:line:col: error: message`, the offending line
 * quoted with the span marked, a hint, exit code 2, and nothing run. The main cases assert the
 * exact text; the table at the end checks the shape of every case.
 */

type Files = Record<string, string>;

/** Runs the CLI on a throwaway project; the project path in the output is replaced by <root>. */
async function reprokit(
  files: Files,
  args: readonly string[] = ['dag'],
  setup?: (p: TempProject) => void,
): Promise<CliOutcome> {
  const p = new TempProject(files);
  try {
    setup?.(p);
    const outcome = await cli(p.root, args);
    const scrub = (text: string) => text.split(p.root).join('<root>');
    return { code: outcome.code, stdout: scrub(outcome.stdout), stderr: scrub(outcome.stderr) };
  } finally {
    p.dispose();
  }
}

const lines = (...text: string[]) => text.join('\n');
const footer = (errors: number) =>
  `reprokit: reprokit.yml has ${errors} error${errors === 1 ? '' : 's'}; nothing was run\n`;
/** Full stderr for an invalid manifest: each diagnostic followed by a blank line, then the summary. */
const report = (...diagnostics: string[]) =>
  diagnostics.map((d) => d + '\n\n').join('') + footer(diagnostics.length);
const manifest = (text: string): Files => ({ 'reprokit.yml': text });

async function expectInvalid(
  files: Files,
  expected: string,
  setup?: (p: TempProject) => void,
): Promise<void> {
  const outcome = await reprokit(files, ['dag'], setup);
  expect(outcome.stderr).toBe(expected);
  expect(outcome.stdout).toBe('');
  expect(outcome.code).toBe(2);
}

describe('YAML syntax errors', () => {
  it('bad indentation', async () => {
    await expectInvalid(
      manifest('stages:\n  a:\n    cmd: echo\n   outs: [x]\n'),
      report(
        lines(
          'reprokit.yml:4:1: error: YAML syntax error: All mapping items must start at the same column',
          '    4 |    outs: [x]',
          '      | ^',
          '   = hint: check the indentation: nested keys need more spaces than their parent, and the same amount as their siblings',
        ),
      ),
    );
  });

  it('a tab used as indentation', async () => {
    await expectInvalid(
      manifest('stages:\n  a:\n\tcmd: echo\n'),
      report(
        lines(
          'reprokit.yml:3:1: error: YAML syntax error: Tabs are not allowed as indentation',
          '    3 | \tcmd: echo',
          '      | ^',
          '   = hint: YAML indentation must use spaces, not tabs',
        ),
      ),
    );
  });

  it('an unclosed bracket: position, quote and what is missing', async () => {
    const outcome = await reprokit(
      manifest('stages:\n  a:\n    cmd: echo\n    deps: [a, b\n    outs: [x]\n'),
    );
    expect(outcome.code).toBe(2);
    expect(outcome.stderr.split('\n').slice(0, 3)).toEqual([
      'reprokit.yml:4:11: error: YAML syntax error: Flow sequence in block collection must be sufficiently indented and end with a ]',
      '    4 |     deps: [a, b',
      '      |           ^',
    ]);
    expect(outcome.stderr).toContain('   = hint: ');
    expect(outcome.stderr.endsWith(footer(1))).toBe(true);
  });

  it('an unclosed bracket: the hint says to close it', async () => {
    const outcome = await reprokit(
      manifest('stages:\n  a:\n    cmd: echo\n    deps: [a, b\n    outs: [x]\n'),
    );
    expect(outcome.stderr).toMatch(/= hint: .*close.*`\]`/);
  });

  it('an unclosed bracket on the last line points at the bracket, not past the end', async () => {
    const outcome = await reprokit(manifest('stages:\n  a:\n    cmd: echo\n    deps: [a, b\n'));
    expect(outcome.stderr.split('\n').slice(0, 3)).toEqual([
      expect.stringMatching(/^reprokit\.yml:4:11: error: YAML syntax error: /),
      '    4 |     deps: [a, b',
      '      |           ^',
    ]);
  });

  it('a duplicate key', async () => {
    await expectInvalid(
      manifest('stages:\n  a:\n    cmd: echo\n    cmd: echo 2\n'),
      report(
        lines(
          'reprokit.yml:4:5: error: YAML syntax error: Map keys must be unique',
          '    4 |     cmd: echo 2',
          '      |     ^',
          '   = hint: each key may appear once in a mapping: merge the two entries or rename one',
        ),
      ),
    );
  });
});

describe('unknown keys', () => {
  it('at the top level, with "did you mean"', async () => {
    const outcome = await reprokit(manifest('stage:\n  a:\n    cmd: echo\n'));
    expect(outcome.code).toBe(2);
    expect(
      outcome.stderr.startsWith(
        lines(
          'reprokit.yml:1:1: error: unknown key "stage" at the top level of the manifest',
          '    1 | stage:',
          '      | ^^^^^',
          '   = hint: did you mean "stages"?',
          '',
        ),
      ),
    ).toBe(true);
  });

  it('in a stage, with "did you mean"', async () => {
    await expectInvalid(
      { ...manifest('stages:\n  a:\n    cmd: echo\n    dep: [x]\n'), x: '' },
      report(
        lines(
          'reprokit.yml:4:5: error: unknown key "dep" in stage "a"',
          '    4 |     dep: [x]',
          '      |     ^^^',
          '   = hint: did you mean "deps"?',
        ),
      ),
    );
  });

  it('in an output mapping and in publish', async () => {
    const outcome = await reprokit(
      manifest(
        'stages:\n  a:\n    cmd: echo\n    outs: [{path: o, cahce: false}]\npublish:\n  page: o\n',
      ),
    );
    expect(outcome.code).toBe(2);
    expect(outcome.stderr).toContain(
      lines(
        'reprokit.yml:4:22: error: unknown key "cahce" in an output',
        '    4 |     outs: [{path: o, cahce: false}]',
        '      |                      ^^^^^',
        '   = hint: did you mean "cache"?',
      ),
    );
    expect(outcome.stderr).toContain(
      lines(
        'reprokit.yml:6:3: error: unknown key "page" in publish',
        '    6 |   page: o',
        '      |   ^^^^',
        '   = hint: did you mean "pages"?',
      ),
    );
  });
});

describe('wrong types', () => {
  it('cmd as a number', async () => {
    const outcome = await reprokit(manifest('stages:\n  a:\n    cmd: 42\n'));
    expect(outcome.code).toBe(2);
    expect(outcome.stderr.split('\n').slice(0, 3)).toEqual([
      'reprokit.yml:3:10: error: cmd must be a string or a list of strings, not number 42',
      '    3 |     cmd: 42',
      '      |          ^^',
    ]);
  });

  it('deps as a mapping', async () => {
    await expectInvalid(
      manifest('stages:\n  a:\n    cmd: echo\n    deps: {x: 1}\n'),
      report(
        lines(
          'reprokit.yml:4:11: error: deps must be a list, not a mapping',
          '    4 |     deps: {x: 1}',
          '      |           ^^^^^^',
          '   = hint: write it like: deps: [src/prepare.js, data/raw.csv]',
        ),
      ),
    );
  });

  it('always_run: "yes"', async () => {
    const outcome = await reprokit(
      manifest('stages:\n  a:\n    cmd: echo\n    always_run: "yes"\n'),
    );
    expect(outcome.code).toBe(2);
    expect(outcome.stderr.split('\n').slice(0, 3)).toEqual([
      'reprokit.yml:4:17: error: always_run must be true or false, not the string "yes"',
      '    4 |     always_run: "yes"',
      '      |                 ^^^^^',
    ]);
  });

  it.each([
    ['cmd: 42', 'stages:\n  a:\n    cmd: 42\n'],
    ['always_run: "yes"', 'stages:\n  a:\n    cmd: echo\n    always_run: "yes"\n'],
  ])('%s comes with a hint', async (_name, text) => {
    const outcome = await reprokit(manifest(text));
    expect(outcome.stderr).toContain('   = hint: ');
  });
});

describe('names and paths', () => {
  it('an invalid stage name', async () => {
    await expectInvalid(
      manifest('stages:\n  my stage:\n    cmd: echo\n'),
      report(
        lines(
          'reprokit.yml:2:3: error: stage name "my stage" has characters other than letters, digits, "_", "." and "-"',
          '    2 |   my stage:',
          '      |   ^^^^^^^^',
          '   = hint: rename it, e.g. "my_stage"',
        ),
      ),
    );
  });

  it('a dep leaving the root with ../ and an absolute out', async () => {
    const hint =
      '   = hint: paths are relative to the project directory (or the stage wdir) and must stay inside it';
    await expectInvalid(
      manifest('stages:\n  a:\n    cmd: echo\n    deps: [../x]\n    outs: [/etc/passwd]\n'),
      report(
        lines(
          'reprokit.yml:4:12: error: path "../x" leaves the project directory',
          '    4 |     deps: [../x]',
          '      |            ^^^^',
          hint,
        ),
        lines(
          'reprokit.yml:5:12: error: path "/etc/passwd" is an absolute path',
          '    5 |     outs: [/etc/passwd]',
          '      |            ^^^^^^^^^^^',
          hint,
        ),
      ),
    );
  });

  it('an absolute dep and an out leaving the root through the stage wdir', async () => {
    const outcome = await reprokit(
      manifest(
        'stages:\n  a:\n    cmd: echo\n    wdir: src\n    deps: [/etc/passwd]\n    outs: [../../o]\n',
      ),
    );
    expect(outcome.code).toBe(2);
    expect(outcome.stderr).toContain(
      lines(
        'reprokit.yml:5:12: error: path "/etc/passwd" is an absolute path',
        '    5 |     deps: [/etc/passwd]',
        '      |            ^^^^^^^^^^^',
      ),
    );
    expect(outcome.stderr).toContain(
      lines(
        'reprokit.yml:6:12: error: path "../../o" leaves the project directory',
        '    6 |     outs: [../../o]',
        '      |            ^^^^^^^',
      ),
    );
  });

  it('a symlink dep that escapes the project', async () => {
    await expectInvalid(
      manifest('stages:\n  a:\n    cmd: cat link/x\n    deps: [link]\n'),
      report(
        lines(
          `reprokit.yml:4:12: error: link is a symlink to ${realTmp()}, outside the project (dep of stage "a")`,
          '    4 |     deps: [link]',
          '      |            ^^^^',
          '   = hint: copy the data into the project, or declare the files inside it; reprokit never reads or writes outside the project',
        ),
      ),
      (p) => symlinkSync(tmpdir(), p.path('link')),
    );
  });

  it('a dep under a symlinked directory that escapes the project', async () => {
    const outside = mkdtempSync(join(tmpdir(), 'reprokit-outside-'));
    try {
      writeFileSync(join(outside, 'secret.txt'), 'secret');
      const outcome = await reprokit(
        manifest(
          'stages:\n  a:\n    cmd: cat ext/secret.txt > o\n    deps: [ext/secret.txt]\n    outs: [o]\n',
        ),
        ['dag'],
        (p) => symlinkSync(outside, p.path('ext')),
      );
      expect(outcome.code).toBe(2);
      expect(outcome.stderr).toMatch(/^reprokit\.yml:4:12: error: .*outside the project/);
    } finally {
      rmSync(outside, { recursive: true, force: true });
    }
  });

  it('a directory dep holding a symlink that escapes the project', async () => {
    const outside = mkdtempSync(join(tmpdir(), 'reprokit-outside-'));
    try {
      const outcome = await reprokit(
        {
          ...manifest('stages:\n  a:\n    cmd: ls data > o\n    deps: [data/]\n    outs: [o]\n'),
          'data/x': '1',
        },
        ['run'],
        (p) => symlinkSync(outside, p.path('data/link')),
      );
      expect(outcome.code).toBe(2);
      expect(outcome.stderr).toMatch(/^reprokit\.yml:4:12: error: .*outside the project/);
    } finally {
      rmSync(outside, { recursive: true, force: true });
    }
  });
});

/** The message names the link's real target (on macOS /tmp is itself a link). */
function realTmp(): string {
  return realpathSync(tmpdir());
}

describe('outputs shared between stages', () => {
  it('the same output in two stages points at both', async () => {
    await expectInvalid(
      manifest(
        'stages:\n  prepare:\n    cmd: echo\n    outs: [data/clean.csv]\n  fix:\n    cmd: echo\n    outs: [data/clean.csv]\n',
      ),
      report(
        lines(
          'reprokit.yml:7:12: error: output "data/clean.csv" of stage "fix" is also an output of stage "prepare"',
          '    7 |     outs: [data/clean.csv]',
          '      |            ^^^^^^^^^^^^^^',
          '  reprokit.yml:4:12: first declared by stage "prepare" here',
          '      4 |     outs: [data/clean.csv]',
          '        |            ^^^^^^^^^^^^^^',
          '   = hint: each file is written by exactly one stage: rename one output or merge the stages',
        ),
      ),
    );
  });

  it("an output nested in another stage's output directory", async () => {
    await expectInvalid(
      manifest(
        'stages:\n  a:\n    cmd: echo\n    outs: [data/]\n  b:\n    cmd: echo\n    metrics: [data/m.json]\n',
      ),
      report(
        lines(
          'reprokit.yml:7:15: error: output "data/m.json" of stage "b" lies inside output "data" of stage "a"',
          '    7 |     metrics: [data/m.json]',
          '      |               ^^^^^^^^^^^',
          '  reprokit.yml:4:12: "data" is declared here',
          '      4 |     outs: [data/]',
          '        |            ^^^^^',
          '   = hint: outputs may not nest: write to a sibling directory, or declare only the outer directory',
        ),
      ),
    );
  });
});

describe('deps and params that are not there', () => {
  it('a missing source dep', async () => {
    await expectInvalid(
      manifest('stages:\n  a:\n    cmd: echo\n    deps: [data/raw.csv]\n'),
      report(
        lines(
          'reprokit.yml:4:12: error: data/raw.csv does not exist and no stage produces it (dep of stage "a")',
          '    4 |     deps: [data/raw.csv]',
          '      |            ^^^^^^^^^^^^',
          '   = hint: create the file, fix the path (paths are relative to the stage wdir), or add the stage that writes it with this path in its outs',
        ),
      ),
    );
  });

  it('a dep another stage produces is not missing', async () => {
    const outcome = await reprokit(
      manifest(
        'stages:\n  a:\n    cmd: echo\n    outs: [data/]\n  b:\n    cmd: echo\n    deps: [data/raw.csv]\n',
      ),
    );
    expect(outcome.stderr).toBe('');
    expect(outcome.code).toBe(0);
  });

  it('a missing params file', async () => {
    await expectInvalid(
      manifest('stages:\n  a:\n    cmd: echo\n    params: [prepare.threshold]\n'),
      report(
        lines(
          'reprokit.yml:4:13: error: params file "params.yaml" does not exist',
          '    4 |     params: [prepare.threshold]',
          '      |             ^^^^^^^^^^^^^^^^^^^',
          '   = hint: create params.yaml, or point `params:` at the file that holds these values',
        ),
      ),
    );
  });

  it('a missing param key, with a suggestion', async () => {
    await expectInvalid(
      {
        ...manifest('stages:\n  a:\n    cmd: echo\n    params: [prepare.treshold]\n'),
        'params.yaml': 'prepare:\n  threshold: 0.5\n',
      },
      report(
        lines(
          'reprokit.yml:4:14: error: param "prepare.treshold" is not in params.yaml',
          '    4 |     params: [prepare.treshold]',
          '      |              ^^^^^^^^^^^^^^^^',
          '   = hint: did you mean "prepare.threshold"?',
        ),
      ),
    );
  });

  it('a missing key of another params file', async () => {
    const outcome = await reprokit({
      ...manifest(
        'stages:\n  a:\n    cmd: echo\n    params:\n      - {conf/model.yaml: [layers, dropuot]}\n',
      ),
      'conf/model.yaml': 'layers: 3\ndropout: 0.1\n',
    });
    expect(outcome.code).toBe(2);
    expect(outcome.stderr).toMatch(
      /^reprokit\.yml:5:\d+: error: param "dropuot" is not in conf\/model\.yaml\n/,
    );
    expect(outcome.stderr).toContain('   = hint: did you mean "dropout"?');
  });
});

describe('the graph', () => {
  it('a cycle of three stages lists the whole cycle, each edge with its location', async () => {
    await expectInvalid(
      manifest(
        'stages:\n  a:\n    cmd: echo\n    deps: [c.out]\n    outs: [a.out]\n  b:\n    cmd: echo\n    deps: [a.out]\n    outs: [b.out]\n' +
          '  c:\n    cmd: echo\n    deps: [b.out]\n    outs: [c.out]\n',
      ),
      report(
        lines(
          'reprokit.yml:8:12: error: the stages form a cycle: a → b → c → a',
          '    8 |     deps: [a.out]',
          '      |            ^^^^^',
          '  reprokit.yml:8:12: "b" reads "a.out", written by "a"',
          '      8 |     deps: [a.out]',
          '        |            ^^^^^',
          '  reprokit.yml:12:12: "c" reads "b.out", written by "b"',
          '     12 |     deps: [b.out]',
          '        |            ^^^^^',
          '  reprokit.yml:4:12: "a" reads "c.out", written by "c"',
          '      4 |     deps: [c.out]',
          '        |            ^^^^^',
          '   = hint: a stage cannot depend, directly or through others, on its own result: remove one of these edges',
        ),
      ),
    );
  });

  it('a cycle through needs names the needs entry', async () => {
    const outcome = await reprokit(
      manifest(
        'stages:\n  a:\n    cmd: echo\n    needs: [b]\n  b:\n    cmd: echo\n    needs: [a]\n',
      ),
    );
    expect(outcome.code).toBe(2);
    expect(outcome.stderr).toContain('error: the stages form a cycle: ');
    expect(outcome.stderr).toContain(
      '  reprokit.yml:4:13: "a" needs "b"\n      4 |     needs: [b]\n        |             ^',
    );
    expect(outcome.stderr).toContain(
      '  reprokit.yml:7:13: "b" needs "a"\n      7 |     needs: [a]\n        |             ^',
    );
  });

  it('a stage reading its own output', async () => {
    await expectInvalid(
      manifest('stages:\n  a:\n    cmd: echo\n    deps: [out/]\n    outs: [out/x]\n'),
      report(
        lines(
          'reprokit.yml:4:12: error: stage "a" reads its own output "out/x"',
          '    4 |     deps: [out/]',
          '      |            ^^^^',
          '  reprokit.yml:5:12: declared as an output here',
          '      5 |     outs: [out/x]',
          '        |            ^^^^^',
          '   = hint: a stage cannot depend on what it writes: remove the dep, or split the stage in two',
        ),
      ),
    );
  });

  it('a top-level glob dep does not read a directory output it cannot match', async () => {
    const outcome = await reprokit({
      ...manifest(
        "stages:\n  a:\n    cmd: cat *.txt > out/all\n    deps: ['*.txt']\n    outs: [out/]\n",
      ),
      'x.txt': '1',
    });
    expect(outcome.stderr).toBe('');
    expect(outcome.code).toBe(0);
  });

  it('needs an unknown stage', async () => {
    await expectInvalid(
      manifest('stages:\n  download:\n    cmd: echo\n  b:\n    cmd: echo\n    needs: [donwload]\n'),
      report(
        lines(
          'reprokit.yml:6:13: error: stage "b" needs "donwload", which is not a stage',
          '    6 |     needs: [donwload]',
          '      |             ^^^^^^^^',
          '   = hint: did you mean "download"?',
        ),
      ),
    );
  });
});

describe('several errors are reported at once', () => {
  it('every problem in the manifest, each with its position', async () => {
    const outcome = await reprokit(
      manifest(
        'stages:\n  a:\n    cmd: 1\n    dep: [x]\n    frozen: maybe\n  b c:\n    cmd: echo\n',
      ),
    );
    expect(outcome.code).toBe(2);
    const heads = outcome.stderr.split('\n').filter((l) => l.startsWith('reprokit.yml:'));
    expect(heads.sort()).toEqual([
      'reprokit.yml:3:10: error: cmd must be a string or a list of strings, not number 1',
      'reprokit.yml:4:5: error: unknown key "dep" in stage "a"',
      'reprokit.yml:5:13: error: frozen must be true or false, not the string "maybe"',
      'reprokit.yml:6:3: error: stage name "b c" has characters other than letters, digits, "_", "." and "-"',
    ]);
    expect(outcome.stderr.endsWith(footer(4))).toBe(true);
  });

  it('problems between stages together', async () => {
    const outcome = await reprokit(
      manifest(
        'stages:\n  a:\n    cmd: echo\n    outs: [o]\n  b:\n    cmd: echo\n    outs: [o]\n    needs: [zz]\n',
      ),
    );
    expect(outcome.code).toBe(2);
    const heads = outcome.stderr.split('\n').filter((l) => l.startsWith('reprokit.yml:'));
    expect(heads).toEqual([
      'reprokit.yml:7:12: error: output "o" of stage "b" is also an output of stage "a"',
      'reprokit.yml:8:13: error: stage "b" needs "zz", which is not a stage',
    ]);
    expect(outcome.stderr.endsWith(footer(2))).toBe(true);
  });

  it('missing deps and params together', async () => {
    const outcome = await reprokit(
      manifest('stages:\n  a:\n    cmd: echo\n    deps: [nope.csv, gone/]\n    params: [x.y]\n'),
    );
    expect(outcome.code).toBe(2);
    const heads = outcome.stderr.split('\n').filter((l) => l.startsWith('reprokit.yml:'));
    expect(heads.sort()).toEqual([
      'reprokit.yml:4:12: error: nope.csv does not exist and no stage produces it (dep of stage "a")',
      'reprokit.yml:4:22: error: gone does not exist and no stage produces it (dep of stage "a")',
      'reprokit.yml:5:13: error: params file "params.yaml" does not exist',
    ]);
    expect(outcome.stderr.endsWith(footer(3))).toBe(true);
  });
});

describe('bad usage of the command line', () => {
  const files = { ...manifest('stages:\n  prepare:\n    cmd: echo hi > o\n    outs: [o]\n') };

  it('an unknown stage name', async () => {
    for (const args of [
      ['run', 'prepar'],
      ['status', 'prepar'],
      ['run', '--force', 'prepar'],
    ]) {
      const outcome = await reprokit(files, args);
      expect(outcome).toEqual({
        code: 2,
        stdout: '',
        stderr: 'reprokit: no stage named "prepar": did you mean "prepare"?\n',
      });
    }
  });

  it('an unknown stage name without a close match lists the stages', async () => {
    const outcome = await reprokit(files, ['run', 'zzzzzz']);
    expect(outcome).toEqual({
      code: 2,
      stdout: '',
      stderr: 'reprokit: no stage named "zzzzzz" (stages: prepare)\n',
    });
  });

  it('an unknown option', async () => {
    const outcome = await reprokit(files, ['run', '--keep-goin']);
    expect(outcome).toEqual({
      code: 2,
      stdout: '',
      stderr:
        'reprokit: unknown option --keep-goin: did you mean --keep-going?\nRun "reprokit help" for usage.\n',
    });
  });

  it('an unknown command', async () => {
    const outcome = await reprokit(files, ['rnu']);
    expect(outcome).toEqual({
      code: 2,
      stdout: '',
      stderr:
        'reprokit: unknown command "rnu": did you mean "run"?\nRun "reprokit help" for usage.\n',
    });
  });

  it('nothing was run', async () => {
    const p = new TempProject(files);
    try {
      expect((await cli(p.root, ['run', 'prepar'])).code).toBe(2);
      expect((await cli(p.root, ['run', '--jobs', 'x'])).code).toBe(2);
      expect(() => p.read('o')).toThrow();
    } finally {
      p.dispose();
    }
  });

  it('no manifest at all', async () => {
    const outcome = await reprokit({ 'other.txt': '' });
    expect(outcome.code).toBe(2);
    expect(outcome.stderr).toBe(
      'error: reprokit.yml not found in <root>\n' +
        '   = hint: run reprokit in the project directory (or pass -C DIR / -f FILE), or create reprokit.yml: see docs/manifest.md\n\n' +
        footer(1),
    );
  });
});

/** Every case above in one table: the shape a user can rely on, whatever the wording. */
const CASES: Record<string, { files: Files; setup?: (p: TempProject) => void; blankMark?: true }> =
  {
    'bad indentation': {
      files: manifest('stages:\n  a:\n    cmd: echo\n   outs: [x]\n'),
      blankMark: true,
    },
    tab: { files: manifest('stages:\n  a:\n\tcmd: echo\n'), blankMark: true },
    'unclosed bracket': {
      files: manifest('stages:\n  a:\n    cmd: echo\n    deps: [a, b\n    outs: [x]\n'),
    },
    'duplicate key': { files: manifest('stages:\n  a:\n    cmd: echo\n    cmd: echo 2\n') },
    'unknown top-level key': { files: manifest('stages:\n  a:\n    cmd: echo\nstges: {}\n') },
    'unknown stage key': { files: manifest('stages:\n  a:\n    cmd: echo\n    outz: [o]\n') },
    'deps as a mapping': { files: manifest('stages:\n  a:\n    cmd: echo\n    deps: {x: 1}\n') },
    'unsupported shell': { files: manifest('stages:\n  a:\n    cmd: echo\n    shell: zsh\n') },
    'invalid stage name': { files: manifest('stages:\n  a/b:\n    cmd: echo\n') },
    'invalid env name': { files: manifest('env: {1X: a}\nstages:\n  a:\n    cmd: echo\n') },
    'duplicate outputs': {
      files: manifest(
        'stages:\n  a:\n    cmd: echo\n    outs: [o]\n  b:\n    cmd: echo\n    outs: [o]\n',
      ),
    },
    'nested outputs': {
      files: manifest(
        'stages:\n  a:\n    cmd: echo\n    outs: [d/]\n  b:\n    cmd: echo\n    outs: [d/e/f]\n',
      ),
    },
    'glob output': { files: manifest("stages:\n  a:\n    cmd: echo\n    outs: ['*.csv']\n") },
    'dep ../x': { files: manifest('stages:\n  a:\n    cmd: echo\n    deps: [../x]\n') },
    'dep /etc/passwd': {
      files: manifest('stages:\n  a:\n    cmd: echo\n    deps: [/etc/passwd]\n'),
    },
    'escaping symlink': {
      files: manifest('stages:\n  a:\n    cmd: echo\n    deps: [link]\n'),
      setup: (p) => symlinkSync(tmpdir(), p.path('link')),
    },
    'missing source dep': {
      files: manifest('stages:\n  a:\n    cmd: echo\n    deps: [data/raw.csv]\n'),
    },
    'missing params file': {
      files: manifest('stages:\n  a:\n    cmd: echo\n    params: [{conf.yaml: [a]}]\n'),
    },
    'missing param key': {
      files: {
        ...manifest('stages:\n  a:\n    cmd: echo\n    params: [a.c]\n'),
        'params.yaml': 'a: {b: 1}\n',
      },
    },
    'cycle of 3': {
      files: manifest(
        'stages:\n  a:\n    cmd: echo\n    deps: [c]\n    outs: [a]\n  b:\n    cmd: echo\n    deps: [a]\n    outs: [b]\n  c:\n    cmd: echo\n    deps: [b]\n    outs: [c]\n',
      ),
    },
    'reads its own output': {
      files: manifest('stages:\n  a:\n    cmd: echo\n    deps: [o]\n    outs: [o]\n'),
    },
    'needs an unknown stage': { files: manifest('stages:\n  a:\n    cmd: echo\n    needs: [b]\n') },
    'no cmd': { files: manifest('stages:\n  a:\n    deps: []\n') },
  };

describe('every invalid manifest: position, quote, mark, exit 2', () => {
  it.each(Object.keys(CASES))('%s', async (name) => {
    const { files, setup, blankMark } = CASES[name] as (typeof CASES)[string];
    const outcome = await reprokit(files, ['dag'], setup);
    expect(outcome.code).toBe(2);
    expect(outcome.stdout).toBe('');
    const blocks = outcome.stderr.split('\n\n');
    const summary = blocks.pop();
    expect(summary).toMatch(/^reprokit: reprokit\.yml has \d+ errors?; nothing was run\n$/);
    expect(blocks.length).toBeGreaterThan(0);
    for (const block of blocks) {
      const [head, quoted, mark] = block.split('\n') as [string, string, string];
      const at = /^reprokit\.yml:(\d+):(\d+): error: \S/.exec(head);
      expect(at).not.toBeNull();
      const [line, column] = [Number(at?.[1]), Number(at?.[2])];
      const source = (files['reprokit.yml'] as string).split('\n')[line - 1] as string;
      expect(quoted).toBe(`${String(line).padStart(5)} | ${source}`);
      expect(mark).toMatch(new RegExp(`^ {5} \\| ${' '.repeat(column - 1)}\\^+$`));
      const marked = source.slice(column - 1, column - 1 + (mark.length - mark.indexOf('^')));
      if (!blankMark) expect(marked.trim()).not.toBe('');
    }
  });
});

describe('every invalid manifest says how to fix it', () => {
  const withHints = Object.keys(CASES);
  it.each(withHints)('%s', async (name) => {
    const { files, setup } = CASES[name] as (typeof CASES)[string];
    const outcome = await reprokit(files, ['dag'], setup);
    const blocks = outcome.stderr.split('\n\n').slice(0, -1);
    for (const block of blocks) expect(block).toMatch(/\n {3}= hint: \S/);
  });

  it.each([
    ['cmd as a number', 'stages:\n  a:\n    cmd: 42\n'],
    ['frozen: maybe', 'stages:\n  a:\n    cmd: echo\n    frozen: maybe\n'],
    ['needs itself', 'stages:\n  a:\n    cmd: echo\n    needs: [a]\n'],
  ])('%s', async (_name, text) => {
    const outcome = await reprokit(manifest(text));
    expect(outcome.code).toBe(2);
    expect(outcome.stderr).toMatch(/\n {3}= hint: \S/);
  });
});

describe('a valid manifest with every feature', () => {
  const MANIFEST = `# yaml-language-server: $schema=schema/reprokit.schema.json
params: params.yaml
env: {LC_ALL: C, TZ: UTC}
stages:
  download:
    desc: Fetch the export
    cmd: mkdir -p data && cp seed/raw.csv data/raw.csv
    deps: [seed/raw.csv]
    outs: [data/raw.csv]
    always_run: true
  prepare:
    cmd:
      - mkdir -p data/clean
      - node src/prepare.js
    deps: [src/prepare.js, src/lib/, data/raw.csv]
    params: [prepare.threshold, prepare]
    outs: [data/clean/]
  features:
    wdir: src
    cmd: node features/build.js
    deps: ['features/**/*.js', ../data/clean/part.csv]
    params: [{../configs/model.yaml: [layers, opt.lr]}]
    outs: [{path: ../data/features.csv, persist: true}]
  train:
    shell: sh
    env: {SEED: 42}
    cmd: node src/train.js
    deps: [data/features.csv, 'data/clean/*.csv']
    params: {configs/model.yaml: null}
    outs: [models/model.bin, {path: logs/, cache: false}]
    metrics: [metrics.json]
    frozen: true
  load_db:
    cmd: echo load
    deps: [data/]
  report:
    cmd: node src/report.js
    deps: [metrics.json, models/]
    outs: [site/]
    needs: [load_db]
publish:
  pages: site/
  artifacts:
    report: site/
    data: [data/features.csv, metrics.json]
`;
  const FILES: Files = {
    'reprokit.yml': MANIFEST,
    'params.yaml': 'prepare:\n  threshold: 0.5\n',
    'configs/model.yaml': 'layers: 3\nopt: {lr: 0.01}\n',
    'seed/raw.csv': 'a,b\n',
    'src/prepare.js': '',
    'src/lib/util.js': '',
    'src/features/build.js': '',
    'src/train.js': '',
    'src/report.js': '',
  };

  it('loads: dag --json exits 0 with the expected stages and edges', async () => {
    const outcome = await reprokit(FILES, ['dag', '--json']);
    expect(outcome.stderr).toBe('');
    expect(outcome.code).toBe(0);
    const dag = JSON.parse(outcome.stdout) as {
      stages: { name: string; desc?: string; deps: string[]; outs: string[]; after: string[] }[];
      edges: { from: string; to: string; path?: string; needs?: true }[];
    };
    expect(dag.stages.map((s) => s.name)).toEqual([
      'download',
      'prepare',
      'features',
      'train',
      'load_db',
      'report',
    ]);
    expect(dag.stages[0]).toEqual({
      name: 'download',
      desc: 'Fetch the export',
      deps: ['seed/raw.csv'],
      outs: ['data/raw.csv'],
      after: [],
    });
    // wdir resolves deps and outs against src/.
    expect(dag.stages[2]).toEqual({
      name: 'features',
      deps: ['src/features/**/*.js', 'data/clean/part.csv'],
      outs: ['data/features.csv'],
      after: ['prepare'],
    });
    expect(dag.stages[3]?.outs).toEqual(['models/model.bin', 'logs', 'metrics.json']);
    const edges = dag.edges.map(
      (e) =>
        `${e.from} -> ${e.to}${e.path !== undefined ? ` (${e.path})` : ''}${e.needs ? ' (needs)' : ''}`,
    );
    expect(edges.sort()).toEqual(
      [
        'download -> prepare (data/raw.csv)',
        'download -> load_db (data)',
        'prepare -> features (data/clean/part.csv)', // a dep inside a directory output
        'prepare -> train (data/clean/*.csv)', // a glob over a directory output
        'prepare -> load_db (data)', // a directory dep containing outputs
        'features -> train (data/features.csv)',
        'features -> load_db (data)',
        'train -> report (metrics.json)', // a metrics output; models/ adds no second edge
        'load_db -> report (needs)',
      ].sort(),
    );
  });

  it('the text, mermaid and dot renderings exit 0 too', async () => {
    for (const args of [['dag'], ['dag', '--mermaid'], ['dag', '--dot']]) {
      const outcome = await reprokit(FILES, args);
      expect(outcome.code).toBe(0);
      expect(outcome.stdout).toContain('load_db');
    }
  });
});

describe('hostile YAML (issue #12): a positioned error, quickly, never a crash', () => {
  it('an unquoted glob is a YAML alias', async () => {
    await expectInvalid(
      manifest('stages:\n  a:\n    cmd: echo\n    deps: [*.py]\n'),
      report(
        lines(
          'reprokit.yml:4:12: error: `*.py` is a YAML alias, and no anchor `&.py` is set before it',
          '    4 |     deps: [*.py]',
          '      |            ^^^^',
          '   = hint: quote globs: "*.py" (an unquoted * starts a YAML alias)',
        ),
      ),
    );
  });

  it('an alias in params.yaml that names no anchor', async () => {
    const outcome = await reprokit({
      'reprokit.yml': 'stages:\n  a:\n    cmd: echo\n    params: [lr]\n',
      'params.yaml': 'lr: *x\n',
    });
    expect(outcome.code).toBe(2);
    expect(outcome.stderr).toContain('params.yaml:1:5: error: `*x` is a YAML alias');
  });

  it('an anchor that contains itself', async () => {
    const outcome = await reprokit(manifest('env: &r [*r]\nstages:\n  a:\n    cmd: echo\n'));
    expect(outcome.code).toBe(2);
    expect(outcome.stderr).toContain(
      'reprokit.yml:1:10: error: YAML alias *r refers to the node that contains it',
    );
  });

  it('an alias bomb ends at the alias that crosses the limit', async () => {
    const levels = ['a: &a [x, x, x, x, x, x, x, x, x, x]'];
    for (let i = 1; i < 9; i++) {
      const [prev, name] = [String.fromCharCode(96 + i), String.fromCharCode(97 + i)];
      levels.push(`${name}: &${name} [${Array(10).fill(`*${prev}`).join(', ')}]`);
    }
    const outcome = await reprokit({
      'reprokit.yml': 'stages:\n  a:\n    cmd: echo\n    params: [a]\n',
      'params.yaml': levels.join('\n') + '\n',
    });
    expect(outcome.code).toBe(2);
    expect(outcome.stderr).toMatch(/params\.yaml:\d+:\d+: error: YAML aliases expand to more than/);
  });

  it('a 6-axis matrix in dvc.yaml fails before generating a stage', async () => {
    const axes = Array.from({ length: 6 }, (_, i) => `      a${i}: [0, 1, 2, 3, 4, 5, 6, 7, 8, 9]`);
    const outcome = await reprokit(
      { 'dvc.yaml': `stages:\n  big:\n    matrix:\n${axes.join('\n')}\n    cmd: echo\n` },
      ['dag'],
    );
    expect(outcome.code).toBe(2);
    expect(outcome.stderr).toContain(
      'dvc.yaml:3:5: error: stage "big" would generate 1000000 stages; at most 10000 stages may be generated from one dvc.yaml',
    );
  });

  it('deep nesting is a positioned error, not a stack overflow', async () => {
    const outcome = await reprokit(
      manifest(`env: ${'['.repeat(5000)}${']'.repeat(5000)}\nstages:\n  a:\n    cmd: echo\n`),
    );
    expect(outcome.code).toBe(2);
    expect(outcome.stderr).toMatch(
      /reprokit\.yml:1:\d+: error: values nest more than 100 levels deep/,
    );
  });

  it('an empty manifest and `stages:` without a value are positioned', async () => {
    for (const text of ['', 'stages:\n']) {
      const outcome = await reprokit(manifest(text));
      expect(outcome.code).toBe(2);
      expect(outcome.stderr).toMatch(/^reprokit\.yml:1:1: error: /);
    }
  });
});
