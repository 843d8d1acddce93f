import { expandTargets } from '../../src/core/dvc/targets.js';

describe('expandTargets (dvc repro build selects build@*)', () => {
  const stages = ['prepare', 'build@us', 'build@eu', 'builder', 'train@a-1'];

  it('keeps stage names, and expands a group name into its stages in pipeline order', () => {
    expect(expandTargets(['build', 'prepare'], stages)).toEqual({
      ok: true,
      stages: ['build@us', 'build@eu', 'prepare'],
    });
  });

  it('does not take a prefix of another name for a group', () => {
    expect(expandTargets(['buil'], stages)).toEqual({ ok: false, unknown: 'buil' });
    expect(expandTargets(['builder'], stages)).toEqual({ ok: true, stages: ['builder'] });
  });

  it('selects one generated stage by its full name, once', () => {
    expect(expandTargets(['train@a-1', 'train'], stages)).toEqual({
      ok: true,
      stages: ['train@a-1'],
    });
  });
});
