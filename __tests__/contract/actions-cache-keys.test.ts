import { createHash } from 'node:crypto';
import { entryKeyPrefix, keySegment } from '../../src/adapters/github/actions-cache.js';

const sha = (t: string) => createHash('sha256').update(t).digest('hex');

describe('Actions cache entry keys', () => {
  it('carry the tool, OS and architecture, and a hash of the salt (which may hold any text)', () => {
    expect(entryKeyPrefix('Linux', 'X64', '', sha)).toBe('reprokit/v2/Linux-X64/nosalt');
    expect(entryKeyPrefix('Linux', 'X64', 'a,b c', sha)).toBe(
      `reprokit/v2/Linux-X64/${sha('a,b c').slice(0, 16)}`,
    );
  });

  it('stay under 512 characters and free of commas, whatever the stage is called', () => {
    const prefix = entryKeyPrefix('Windows', 'ARM64', 'salt', sha);
    for (const stage of ['prepare', 'train@lr-0.1,batch-32', `evaluate@${'x'.repeat(600)}`]) {
      const key = `${prefix}/frag/${keySegment(stage)}/${'f'.repeat(64)}`;
      expect(key.length).toBeLessThanOrEqual(512);
      expect(key).not.toContain(',');
    }
    expect(keySegment('a')).not.toBe(keySegment('a-b'));
  });
});
