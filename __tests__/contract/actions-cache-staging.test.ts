import { existsSync, readdirSync } from 'node:fs';
import type { StageRecord } from '../../src/core/record.js';
import {
  checkPlaced,
  linkOutput,
  RestoreStaging,
  xferPath,
} from '../../src/adapters/github/actions-cache-staging.js';
import { TempProject } from '../support/project.js';
import { keyOf, writeOutputs } from './stage-cache.contract.js';

/** The Actions cache's restore staging: all outputs of a record move in together, or none does. */
describe('Actions cache restore staging', () => {
  let project: TempProject;
  beforeEach(() => {
    project = new TempProject();
  });
  afterEach(() => project.dispose());

  const outputsOf = (record: StageRecord) => record.outputs;

  it('swaps every slot in, replacing what the workspace held wholesale', () => {
    const [file, dir] = outputsOf(
      writeOutputs(project, 's', keyOf('a'), {
        'a.txt': { 'a.txt': 'new a' },
        site: { 'site/index.html': 'new index' },
      }),
    );
    const staging = new RestoreStaging(project.root);
    linkOutput(project.root, file!, staging.slot(0));
    linkOutput(project.root, dir!, staging.slot(1));
    project.remove('a.txt'); // the slot holds a hard link: writing over the file would change it
    project.write({ 'a.txt': 'old a', 'site/stale.html': 'old' });
    project.remove('site/index.html');
    expect(
      staging.swapIn([
        { path: 'a.txt', slot: staging.slot(0) },
        { path: 'site', slot: staging.slot(1) },
      ]),
    ).toBeUndefined();
    staging.dispose();
    expect(project.read('a.txt')).toBe('new a');
    expect(readdirSync(project.path('site'))).toEqual(['index.html']);
    expect(readdirSync(project.path('.reprokit/actions-cache'))).toEqual([]);
  });

  it('puts the workspace back as it was when one output cannot be moved in', () => {
    const [file] = outputsOf(
      writeOutputs(project, 's', keyOf('b'), { 'a.txt': { 'a.txt': 'new a' } }),
    );
    const staging = new RestoreStaging(project.root);
    linkOutput(project.root, file!, staging.slot(0));
    linkOutput(project.root, file!, staging.slot(1));
    project.remove('a.txt');
    project.write({ 'a.txt': 'what the user had', blocker: 'a file where a directory must go' });
    const problem = staging.swapIn([
      { path: 'a.txt', slot: staging.slot(0) },
      { path: 'blocker/b.txt', slot: staging.slot(1) },
    ]);
    staging.dispose();
    expect(problem).toMatch(/could not move the restored outputs into place/);
    expect(project.read('a.txt')).toBe('what the user had');
    expect(project.read('blocker')).toBe('a file where a directory must go');
  });

  it('checks a placed output: exact files, exact digests', () => {
    const [dir] = outputsOf(
      writeOutputs(project, 's', keyOf('c'), {
        data: { 'data/x.bin': 'x', 'data/sub/y.bin': 'y' },
      }),
    );
    const at = xferPath(dir!);
    linkOutput(project.root, dir!, at);
    expect(checkPlaced(project.root, dir!, at)).toBeUndefined();
    project.write({ [`${at}/extra`]: '' });
    expect(checkPlaced(project.root, dir!, at)).toMatch(/other files than recorded/);
    project.remove(`${at}/extra`);
    project.remove(`${at}/sub/y.bin`);
    project.write({ [`${at}/sub/y.bin`]: 'changed' });
    expect(checkPlaced(project.root, dir!, at)).toBe('data/sub/y.bin differs');
    expect(checkPlaced(project.root, dir!, 'nowhere')).toBe('data is missing');
    expect(existsSync(project.path('data/x.bin'))).toBe(true);
  });
});
