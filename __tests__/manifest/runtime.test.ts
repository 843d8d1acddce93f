import { parseManifestText, readManifestText } from '../support/manifest-text.js';

/** timeout, retries, retry_delay, defaults and image: the model, and a positioned error with a hint. */
describe('stage runtime keys in reprokit.yml', () => {
  it('defaults apply to every stage; a stage key overrides its default', () => {
    const pipeline = parseManifestText(
      [
        'defaults: {timeout: 30m, retries: 1, retry_delay: 10s}',
        'stages:',
        '  a: {cmd: echo a}',
        '  b: {cmd: echo b, timeout: 90, retries: 0}',
        '  c: {cmd: echo c, retry_delay: 0}',
      ].join('\n'),
    );
    const byName = Object.fromEntries(pipeline.stages.map((s) => [s.name, s.runtime]));
    expect(byName.a).toEqual({
      timeout: { ms: 1_800_000, text: '30m' },
      retries: 1,
      retryDelay: { ms: 10_000, text: '10s' },
    });
    expect(byName.b).toEqual({
      timeout: { ms: 90_000, text: '90s' },
      retries: 0,
      retryDelay: { ms: 10_000, text: '10s' },
    });
    expect(byName.c?.retryDelay).toEqual({ ms: 0, text: '0s' });
  });

  it('without any: one attempt, no time limit, a 1s delay that never applies', () => {
    const [stage] = parseManifestText('stages:\n  a: {cmd: echo}\n').stages;
    expect(stage?.runtime).toEqual({ retries: 0, retryDelay: { ms: 1000, text: '1s' } });
    expect(stage?.image).toBeUndefined();
  });

  it('keeps the image reference as written', () => {
    const digest = `ghcr.io/org/train@sha256:${'a'.repeat(64)}`;
    const pipeline = parseManifestText(
      `stages:\n  a: {cmd: echo, image: 'python:3.12-slim'}\n  b: {cmd: echo, image: '${digest}'}\n  c: {cmd: echo, image: 'localhost:5000/x/y:1'}\n`,
    );
    expect(pipeline.stages.map((s) => s.image)).toEqual([
      'python:3.12-slim',
      digest,
      'localhost:5000/x/y:1',
    ]);
  });

  it.each([
    [
      '    timeout: 10 minutes',
      '4:14',
      'timeout "10 minutes" is not a duration',
      'write a duration like 90s',
    ],
    [
      '    timeout: 0',
      '4:14',
      'timeout 0 is zero: every attempt would time out at once',
      'write a duration',
    ],
    ['    retry_delay: -5s', '4:18', 'retry_delay "-5s" is negative', 'write a duration'],
    [
      '    retries: 1.5',
      '4:14',
      'retries must be a whole number, 0 or more, not 1.5',
      'extra attempts',
    ],
    [
      '    retries: -1',
      '4:14',
      'retries must be a whole number, 0 or more, not -1',
      'extra attempts',
    ],
    [
      '    retries: "2"',
      '4:14',
      'retries must be a whole number, 0 or more, not "2"',
      'extra attempts',
    ],
    [
      "    image: '--privileged'",
      '4:12',
      'image "--privileged" is not an image reference',
      'pin a digest',
    ],
    [
      '    image: python@sha256:abc',
      '4:12',
      'image "python@sha256:abc" is not an image reference',
      'pin a digest',
    ],
    ['    timeout: [1]', '4:14', 'timeout must be a duration, not a list', 'timeout: 10m'],
  ])('%s: an error at its value, with a hint', (line, position, message, hint) => {
    const errors = manifestErrors(`stages:\n  a:\n    cmd: echo\n${line}\n`);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain(`reprokit.yml:${position}: error: ${message}`);
    expect(errors[0]).toContain(hint);
  });

  it('defaults accept only the runtime keys, and check their values', () => {
    const errors = manifestErrors('defaults: {timeout: 1x, image: x}\nstages:\n  a: {cmd: echo}\n');
    expect(errors.join('\n')).toContain('reprokit.yml:1:21: error: timeout "1x" is not a duration');
    expect(errors.join('\n')).toContain('unknown key "image" in defaults');
  });
});

function manifestErrors(text: string): string[] {
  const read = readManifestText(text);
  return read.ok ? [] : read.errors;
}
