import type { CommandResult, ContainerRuntime, ContainerUnavailable } from '../../src/ports.js';

export interface ContainerHarness {
  /** Knows `python:3.12` as DIGEST; nothing else is pulled. */
  readonly runtime: ContainerRuntime;
  /** The same, with the container engine missing. */
  readonly missing: ContainerRuntime;
  /** An existing absolute directory: the project root. */
  readonly root: string;
  dispose(): void;
}

export const DIGEST = `python@sha256:${'d'.repeat(64)}`;

/** What every ContainerRuntime does; run against DockerRuntime (docker stand-in) and the fake. */
export function containerRuntimeContract(name: string, make: () => ContainerHarness): void {
  describe(`ContainerRuntime contract: ${name}`, () => {
    let h: ContainerHarness;
    beforeEach(() => (h = make()));
    afterEach(() => h.dispose());

    const run = async (
      runtime: ContainerRuntime,
      command: string,
      options: { env?: Record<string, string>; passEnv?: string[]; signal?: AbortSignal } = {},
    ): Promise<{ result: CommandResult | ContainerUnavailable; stdout: string }> => {
      let stdout = '';
      const result = await runtime.run({
        argv: ['sh', '-c', command],
        cwd: h.root,
        env: { PATH: process.env.PATH ?? '', ...options.env },
        signal: options.signal ?? new AbortController().signal,
        onOutput: (chunk) => (stdout += chunk),
        image: 'python:3.12',
        mount: h.root,
        passEnv: options.passEnv ?? [],
        label: 'stage',
      });
      return { result, stdout };
    };

    it('pins a digest reference as written, a known tag by its digest, an unknown one as written', async () => {
      expect(await h.runtime.pin(DIGEST)).toEqual({ kind: 'digest', ref: DIGEST });
      expect(await h.runtime.pin('python:3.12')).toEqual({ kind: 'digest', ref: DIGEST });
      expect(await h.runtime.pin('python:3.13')).toEqual({
        kind: 'as-written',
        ref: 'python:3.13',
        why: 'not-pulled',
      });
    });

    it('without the engine: tags are as written (no-docker), digests still pinned', async () => {
      expect(await h.missing.pin('python:3.12')).toEqual({
        kind: 'as-written',
        ref: 'python:3.12',
        why: 'no-docker',
      });
      expect(await h.missing.pin(DIGEST)).toEqual({ kind: 'digest', ref: DIGEST });
    });

    it('runs in the working directory with only the passed variables', async () => {
      const { result, stdout } = await run(h.runtime, 'echo "$(pwd)|$SEED|${HOSTVAR:-unset}"', {
        env: { SEED: '42', HOSTVAR: 'leak' },
        passEnv: ['SEED'],
      });
      expect(result).toEqual({ exitCode: 0, signal: null });
      expect(stdout).toBe(`${h.root}|42|unset\n`);
    });

    it('passes the exit code through', async () => {
      expect((await run(h.runtime, 'exit 7')).result).toMatchObject({ exitCode: 7 });
    });

    it('stops the command when the signal aborts', async () => {
      const stop = new AbortController();
      const pending = run(h.runtime, 'echo started; exec sleep 1000', { signal: stop.signal });
      stop.abort();
      const { result } = await pending;
      expect(result).not.toHaveProperty('unavailable');
      expect((result as CommandResult).exitCode).not.toBe(0);
    });

    it('says it is unavailable, instead of running, when the engine is missing', async () => {
      const { result } = await run(h.missing, 'echo never');
      expect(result).toHaveProperty('unavailable');
    });
  });
}
