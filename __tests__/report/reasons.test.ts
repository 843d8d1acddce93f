import type { Reason, ReasonKind } from '../../src/core/reasons.js';
import { renderReason, renderReasons, statusAction } from '../../src/report/reasons.js';

/** One sample of every kind: adding a kind to Reason fails to compile here until it has one. */
const SAMPLES: { [K in ReasonKind]: Extract<Reason, { kind: K }> } = {
  'never-run': { kind: 'never-run' },
  'key-format-changed': { kind: 'key-format-changed' },
  'cmd-changed': { kind: 'cmd-changed' },
  'shell-changed': { kind: 'shell-changed', from: 'bash', to: 'sh' },
  'wdir-changed': { kind: 'wdir-changed', from: '', to: 'src' },
  'env-changed': { kind: 'env-changed', name: 'SEED' },
  'image-changed': { kind: 'image-changed', from: 'python@sha256:aa', to: 'python@sha256:bb' },
  'param-changed': { kind: 'param-changed', key: 'params.yaml:a.x', from: 2, to: 1 },
  'dep-added': { kind: 'dep-added', path: 'a.csv' },
  'dep-removed': { kind: 'dep-removed', path: 'a.csv' },
  'dep-changed': { kind: 'dep-changed', path: 'a.csv' },
  'outs-changed': { kind: 'outs-changed' },
  'needs-changed': { kind: 'needs-changed' },
  'salt-changed': { kind: 'salt-changed' },
  'no-record': { kind: 'no-record' },
  'output-missing': { kind: 'output-missing', path: 'out.txt' },
  'output-modified': { kind: 'output-modified', path: 'out.txt' },
  forced: { kind: 'forced' },
  'always-run': { kind: 'always-run' },
  frozen: { kind: 'frozen' },
  'upstream-will-run': { kind: 'upstream-will-run', stage: 'a' },
  'upstream-unusable': { kind: 'upstream-unusable', stage: 'a', result: 'failed' },
  'not-started': { kind: 'not-started', cause: { kind: 'stage-failed', stage: 'a' } },
  'cache-entry-unusable': { kind: 'cache-entry-unusable', detail: 'object missing' },
  'input-missing': { kind: 'input-missing', path: 'data/data.xml', trackedBy: 'data/data.xml.dvc' },
  'param-missing': { kind: 'param-missing', file: 'params.yaml', key: 'train.lr' },
};

describe('renderReason', () => {
  it.each(Object.values(SAMPLES))('words every kind: %j', (reason) => {
    expect(renderReason(reason)).toMatch(/\S/);
  });

  it('says the difference with both values', () => {
    expect(renderReason(SAMPLES['param-changed'])).toBe('param params.yaml:a.x changed: 2 → 1');
    expect(renderReason({ kind: 'param-changed', key: 'p:k', to: 'x' })).toBe(
      'param p:k changed: (unset) → x',
    );
    expect(renderReason(SAMPLES['wdir-changed'])).toBe('wdir changed: . → src');
    expect(renderReason(SAMPLES['not-started'])).toBe('not started: stage a failed');
    expect(renderReason(SAMPLES['input-missing'])).toBe(
      'input missing: data/data.xml (tracked by data/data.xml.dvc; run `dvc pull`)',
    );
  });

  it('joins reasons on one line, and says the action apart', () => {
    expect(renderReasons([SAMPLES['dep-changed'], SAMPLES['cmd-changed']])).toBe(
      'dep a.csv changed; command changed',
    );
    expect(statusAction('cached')).toBe('result available in the cache');
  });
});
