import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

/**
 * `reprokit plots show|diff` through the bundled CLI: the page is written where it says, holds
 * both sides' series as SVG, confusion matrices as tables and copied images, and nothing that
 * needs the network. Needs `npm run bundle`.
 */
const BUNDLE = resolve(process.env.REPROKIT_BUNDLE ?? 'dist/cli/index.js');
const ENV = {
  PATH: process.env.PATH,
  HOME: process.env.HOME,
  GIT_AUTHOR_NAME: 't',
  GIT_AUTHOR_EMAIL: 't@example.com',
  GIT_COMMITTER_NAME: 't',
  GIT_COMMITTER_EMAIL: 't@example.com',
};

function reprokit(args: readonly string[], cwd: string) {
  const r = spawnSync(process.execPath, [BUNDLE, ...args], { cwd, encoding: 'utf8', env: ENV });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

function git(cwd: string, ...args: string[]): void {
  const r = spawnSync('git', args, { cwd, encoding: 'utf8', env: ENV });
  if (r.status !== 0) throw new Error(`git ${args.join(' ')}: ${r.stderr}`);
}

const MANIFEST = `stages:
  train:
    cmd: bash train.sh
    deps: [train.sh, lr.txt]
    plots:
      - path: loss.csv
        x: epoch
        y: loss
        title: "Loss <script>alert(1)</script>"
      - path: cm.csv
        template: confusion
        x: actual
        y: predicted
      - fig.svg
`;
const TRAIN = `lr=$(cat lr.txt)
printf 'epoch,loss\\n1,1\\n2,%s\\n3,%s\\n' "$lr" "$lr" > loss.csv
printf 'actual,predicted\\ncat,cat\\ncat,dog\\ndog,dog\\n' > cm.csv
printf '<svg xmlns="http://www.w3.org/2000/svg"/>' > fig.svg
`;

describe('reprokit plots', () => {
  let root: string;
  beforeAll(() => {
    root = mkdtempSync(join(tmpdir(), 'reprokit-plots-'));
    writeFileSync(join(root, 'reprokit.yml'), MANIFEST);
    writeFileSync(join(root, 'train.sh'), TRAIN);
    writeFileSync(join(root, 'lr.txt'), '0.5');
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('show: writes a self-contained page with the charts, matrices and images, and prints its path', () => {
    expect(reprokit(['run'], root).code).toBe(0);
    const out = reprokit(['plots', 'show'], root);
    expect(out.code).toBe(0);
    const index = join(root, '.reprokit/plots/index.html');
    expect(out.stdout).toBe(`${index}\n`);
    const page = readFileSync(index, 'utf8');
    expect(page.match(/<polyline /g)).toHaveLength(1);
    expect(page).toContain('Loss &lt;script&gt;alert(1)&lt;/script&gt;');
    expect(page).not.toMatch(/<script|https?:\/\/(?!www\.w3\.org\/2000\/svg)/);
    expect(page).toContain('<th>cat</th>');
    expect(page).toContain('src="images/fig.svg"');
    expect(existsSync(join(root, '.reprokit/plots/images/fig.svg'))).toBe(true);
  });

  it('diff REV: the committed files and the workspace in one chart', () => {
    git(root, 'init', '-q');
    git(root, 'add', 'reprokit.yml', 'train.sh', 'lr.txt', 'loss.csv', 'cm.csv');
    git(root, 'commit', '-qm', 'base');
    writeFileSync(join(root, 'lr.txt'), '0.25');
    expect(reprokit(['run'], root).code).toBe(0);
    const dir = join(root, 'out-dir');
    const out = reprokit(['plots', 'diff', 'HEAD', '--out', 'out-dir'], root);
    expect(out.code).toBe(0);
    const page = readFileSync(join(dir, 'index.html'), 'utf8');
    expect(page.match(/<polyline /g)).toHaveLength(2);
    expect(page).toContain('<th>loss: HEAD</th><th>loss: workspace</th>');
    expect(page).toContain('<td>2</td><td>0.5</td><td>0.25</td>');
  });

  it('usage errors exit 2', () => {
    const bad = reprokit(['plots', 'shwo'], root);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain(
      'usage: reprokit plots show [--out DIR] | reprokit plots diff [REV] [--out DIR]',
    );
    expect(reprokit(['plots', 'diff', 'no-such-rev'], root).code).toBe(2);
  });
});
