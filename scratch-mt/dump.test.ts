import { mkdtempSync, symlinkSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TempProject, cli } from '../__tests__/support/project.js';

const cases: Record<string, Record<string, string>> = {
  unclosedEnd: { 'reprokit.yml': 'stages:\n  a:\n    cmd: echo\n    deps: [a, b\n' },
  unclosedBrace: { 'reprokit.yml': 'stages:\n  a: {cmd: echo\n' },
  wdirEscape: { 'reprokit.yml': 'stages:\n  a:\n    cmd: echo\n    wdir: src\n    deps: [../../x]\n' },
  empty: { 'reprokit.yml': '' },
  needsSelf: { 'reprokit.yml': 'stages:\n  a:\n    cmd: echo\n    needs: [a]\n' },
  crossphase: { 'reprokit.yml': 'stages:\n  a:\n    cmd: echo\n    deps: [nope.csv, gone/]\n    params: [x.y]\n' },
  graphmulti: { 'reprokit.yml': 'stages:\n  a:\n    cmd: echo\n    outs: [o]\n  b:\n    cmd: echo\n    outs: [o]\n    needs: [zz]\n' },
};

it('dump', async () => {
  for (const [name, files] of Object.entries(cases)) {
    const p = new TempProject(files);
    const r = await cli(p.root, ['dag']);
    console.log(`=== ${name} code=${r.code}\n${r.stderr.split(p.root).join('<ROOT>')}\n--stdout:${r.stdout}`);
    p.dispose();
  }
  const outside = mkdtempSync(join(tmpdir(), 'outside-'));
  writeFileSync(join(outside, 'secret.txt'), 's');
  {
    const p = new TempProject({ 'reprokit.yml': 'stages:\n  a:\n    cmd: cat ext/secret.txt > o\n    deps: [ext/secret.txt]\n    outs: [o]\n' });
    symlinkSync(outside, p.path('ext'));
    for (const c of ['dag', 'status', 'run']) { const r = await cli(p.root, [c]);
    console.log(`=== parent-symlink ${c} code=${r.code}\n${r.stderr}\n${r.stdout}`); }
  }
  {
    const p = new TempProject({ 'reprokit.yml': 'stages:\n  a:\n    cmd: ls data > o\n    deps: [data/]\n    outs: [o]\n', 'data/x': '1' });
    symlinkSync(outside, p.path('data/link'));
    for (const c of ['dag', 'status', 'run']) { const r = await cli(p.root, [c]);
    console.log(`=== dir-with-symlink ${c} code=${r.code}\n${r.stderr}\n${r.stdout}`); }
  }
});
