import { jest } from '@jest/globals';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ActionsService } from '../support/actions-service.js';
import { startActionsService } from '../support/actions-service.js';
import type { ArtifactServiceFake } from '../support/artifact-service.js';
import { registerArtifactService } from '../support/artifact-service.js';
import { pullRequestEvent, writeEvent } from '../support/github-api.js';
import { mermaidBlocks, parseMermaid } from '../support/mermaid.js';
import { TempProject } from '../support/project.js';
import { runAction } from '../support/run-action.js';

// Runs the bundled action twice in child processes, then Mermaid in another: minutes on a loaded
// machine. The test checks results, never speed.
jest.setTimeout(10 * 60_000);

/**
 * A base-branch run records a training curve in its stage record; a pull request that changes
 * the learning rate gets a job summary with the base's curve and its own in one xychart. The base
 * curve comes from the base branch's cache index: nothing of the base runs again.
 */
const manifest = `stages:
  train:
    cmd: awk -v lr="$(cat lr.txt)" 'BEGIN { print "epoch,loss"; l = 1; for (e = 1; e <= 40; e++) { l = l * (1 - lr); printf "%d,%.4f\\n", e, l } }' > loss.csv
    deps: [lr.txt]
    plots:
      - path: loss.csv
        x: epoch
        y: loss
        title: Training loss
publish:
  artifacts:
    curve: loss.csv
`;
const QUIET = { publish: 'false', 'check-run': 'false', comment: 'false' };
const PUBLISH = { ...QUIET, publish: 'true' };

describe('plots in the job summary of the bundled action', () => {
  let service: ActionsService;
  let artifacts: ArtifactServiceFake;
  const cleanup: string[] = [];
  beforeAll(async () => {
    service = await startActionsService();
    artifacts = registerArtifactService(service);
  });
  afterAll(async () => {
    await service.close();
    for (const dir of cleanup) rmSync(dir, { recursive: true, force: true });
  });

  function checkout(lr: string): string {
    const p = new TempProject({ 'reprokit.yml': manifest, 'lr.txt': lr });
    cleanup.push(p.root);
    return p.root;
  }

  it('draws the base branch curve and the PR curve in one chart, values folded under it', async () => {
    const base = await runAction({
      workspace: checkout('0.1'),
      env: {
        ...service.env,
        GITHUB_EVENT_NAME: 'push',
        GITHUB_REF: 'refs/heads/main',
        GITHUB_REF_NAME: 'main',
      },
      inputs: QUIET,
    });
    expect(base.code).toBe(0);
    expect(base.summary).toContain('### Plots');

    const dir = mkdtempSync(join(tmpdir(), 'reprokit-event-'));
    cleanup.push(dir);
    const pr = await runAction({
      workspace: checkout('0.3'),
      env: {
        ...service.env,
        ...writeEvent(
          dir,
          'pull_request',
          pullRequestEvent({ owner: 'o', repo: 'r' }, { number: 3 }),
        ),
        GITHUB_REPOSITORY: 'o/r',
      },
      inputs: PUBLISH,
    });
    expect(pr.code).toBe(0);
    const summary = pr.summary;
    expect(summary).toContain('#### Training loss');
    expect(summary).toContain('light blue `loss` main (base) · blue `loss` This PR');
    expect(summary).toContain('| epoch | loss: main (base) | loss: This PR |');
    // epoch 1: 0.9 on the base (lr 0.1), 0.7 in the PR (lr 0.3)
    expect(summary).toContain('| 1 | 0.9 | 0.7 |');
    const blocks = mermaidBlocks(summary).filter((b) => b.includes('xychart-beta'));
    expect(blocks).toHaveLength(1);
    const chart = blocks[0] as string;
    expect(chart.match(/^ {2}line \[/gm)).toHaveLength(2);
    expect(chart).toMatch(/^ {2}line \[0\.9, /m);
    expect(chart).toMatch(/^ {2}line \[0\.7, /m);
    // publishing is configured: the offline page goes up as the `plots` artifact, both sides drawn
    const page = artifacts.zipEntries('plots').find((e) => e.name === 'index.html');
    expect(page?.content.toString('utf8').match(/<polyline /g)).toHaveLength(2);
    expect(summary).toContain('Plots (artifact)');
    expect(await parseMermaid(mermaidBlocks(summary))).toEqual(
      mermaidBlocks(summary).map(() => null),
    );
  });
});
