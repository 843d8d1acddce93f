import { PathJournal } from '../../src/core/path-journal.js';

describe('PathJournal', () => {
  it('yields single paths and batches in the order noted, repeats included', () => {
    const journal = new PathJournal();
    journal.add('reprokit.yml');
    journal.addAll(['data/a', 'data/b']);
    journal.add('data/a');
    journal.addAll([]);
    journal.addAll(['x']);
    expect([...journal]).toEqual(['reprokit.yml', 'data/a', 'data/b', 'data/a', 'x']);
    // What the no-op snapshot keeps: the first occurrence of each path.
    expect([...new Set(journal)]).toEqual(['reprokit.yml', 'data/a', 'data/b', 'x']);
  });
});
