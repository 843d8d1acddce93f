import type { CommandResult, CommandRunner, CommandSpec } from '../../src/ports.js';

/** Programs each implementation knows how to start, as argv. */
export interface Programs {
  exit(code: number): string[];
  print(stdout: string, stderr: string): string[];
  printEnv(name: string): string[];
  printCwd(): string[];
  hang(): string[];
  missing(): string[];
}

export interface RunnerHarness {
  readonly runner: CommandRunner;
  readonly programs: Programs;
  /** An existing absolute directory to run in. */
  readonly cwd: string;
  dispose(): void;
}

/** What every CommandRunner does; run against ProcessRunner and the scripted fake. */
export function commandRunnerContract(name: string, make: () => RunnerHarness): void {
  describe(`CommandRunner contract: ${name}`, () => {
    let h: RunnerHarness;
    beforeEach(() => (h = make()));
    afterEach(() => h.dispose());

    async function run(
      argv: string[],
      options: { env?: Record<string, string>; signal?: AbortSignal } = {},
    ): Promise<{ result: CommandResult; stdout: string; stderr: string }> {
      let stdout = '';
      let stderr = '';
      const spec: CommandSpec = {
        argv,
        cwd: h.cwd,
        env: { PATH: process.env.PATH ?? '', ...options.env },
        signal: options.signal ?? new AbortController().signal,
        onOutput: (chunk, stream) => {
          if (stream === 'stdout') stdout += chunk;
          else stderr += chunk;
        },
      };
      const result = await h.runner.run(spec);
      return { result, stdout, stderr };
    }

    it('reports the exit code', async () => {
      expect((await run(h.programs.exit(0))).result).toEqual({ exitCode: 0, signal: null });
      expect((await run(h.programs.exit(3))).result).toEqual({ exitCode: 3, signal: null });
    });

    it('streams stdout and stderr apart, all of it before the result', async () => {
      const out = await run(h.programs.print('to out', 'to err'));
      expect(out).toEqual({
        result: { exitCode: 0, signal: null },
        stdout: 'to out',
        stderr: 'to err',
      });
    });

    it('runs with exactly the environment and directory given', async () => {
      expect((await run(h.programs.printEnv('SEED'), { env: { SEED: '42' } })).stdout).toBe('42');
      expect((await run(h.programs.printEnv('HOME'))).stdout).toBe('');
      expect((await run(h.programs.printCwd())).stdout).toBe(h.cwd);
    });

    it('a command that cannot start is a spawn error, not a throw', async () => {
      const { result } = await run(h.programs.missing());
      expect(result.exitCode).toBeNull();
      expect(result.spawnError).toEqual(expect.any(String));
    });

    it('stops a running command when the signal aborts', async () => {
      const controller = new AbortController();
      const running = run(h.programs.hang(), { signal: controller.signal });
      setTimeout(() => controller.abort(), 50);
      const { result } = await running;
      expect(result.exitCode === 0 && result.signal === null).toBe(false);
    });
  });
}
