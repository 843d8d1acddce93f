import { parseWithPositions, parseYamlNow } from '../../../src/core/manifest/yaml-reference.js';
import { needsReferenceParser } from '../../../src/core/manifest/yaml-limits.js';
import { makeCase, readCase, same } from './harness.js';

/**
 * Mutated manifests through the whole reading layer, in-process: no exception may escape, every
 * error must have a position, and the fast parser (js-yaml) must read every document it accepts
 * exactly as the reference parser (`yaml`) does. REPROKIT_FUZZ_CASES and REPROKIT_FUZZ_SEED
 * make it bigger or replay one case (failing cases print their seed).
 */
const CASES = Number(process.env.REPROKIT_FUZZ_CASES ?? 10_000);
const SEED = Number(process.env.REPROKIT_FUZZ_SEED ?? 20261202);
/** Every Nth case also goes through both parsers (the reference parser is the slow part). */
const DIFF_EVERY = Number(process.env.REPROKIT_FUZZ_DIFF_EVERY ?? 3);

describe(`manifest fuzzing (${CASES} cases from seed ${SEED})`, () => {
  it('never throws, positions every error, and both YAML parsers agree', async () => {
    const failures: string[] = [];
    let fast = 0;
    for (let i = 0; i < CASES; i++) {
      const seed = SEED + i;
      const files = makeCase(seed);
      try {
        const problems = await readCase(files);
        // One file per case through both parsers (the reference parser is the slow one).
        const names = Object.keys(files);
        const name = names[seed % names.length] as string;
        const text = files[name] as string;
        if (seed % DIFF_EVERY === 0 && !needsReferenceParser(text)) {
          fast++;
          for (const floats of [seed % 2 === 0 ? 'number' : 'python'] as const) {
            const quick = parseYamlNow(name, text, { floats });
            const reference = parseWithPositions(name, text, { floats });
            if (
              quick.ok !== reference.ok ||
              (quick.ok && reference.ok && !same(quick.value, reference.value))
            )
              problems.push(`parsers disagree on ${name} (floats: ${floats})`);
          }
        }
        if (problems.length > 0) failures.push(`seed ${seed}: ${problems.join('; ')}`);
      } catch (e) {
        failures.push(
          `seed ${seed}: threw ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`,
        );
      }
      if (failures.length >= 10) break;
    }
    if (failures.length > 0) {
      const first = Number(/seed (\d+)/.exec(failures[0] as string)?.[1]);
      const files = makeCase(first);
      throw new Error(
        `${failures.length} failing case(s); replay one with REPROKIT_FUZZ_SEED=<seed> REPROKIT_FUZZ_CASES=1\n` +
          failures.join('\n') +
          `\n--- files of seed ${first} ---\n` +
          Object.entries(files)
            .map(([n, t]) => `# ${n}\n${t}`)
            .join('\n'),
      );
    }
    // The differential half must have had documents to compare.
    expect(fast).toBeGreaterThan(CASES / DIFF_EVERY / 4);
    // A bound for a loaded machine, not a speed target: the cases are CPU work only.
  }, 600_000);
});
