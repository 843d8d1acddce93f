import type { CommandResult, CommandRunner, CommandSpec } from '../../src/ports.js';

/**
 * Runs scripted "programs" instead of processes: argv `['fake', program, ...args]`.
 *   exit N           ends with code N
 *   print OUT ERR    writes OUT to stdout and ERR to stderr, exit 0
 *   env NAME         prints the value of NAME
 *   cwd              prints the working directory
 *   hang             runs until the signal aborts it (then ends by SIGTERM)
 * Anything not starting with `fake` cannot start (spawnError), like a missing executable.
 */
export class FakeRunner implements CommandRunner {
  readonly started: CommandSpec[] = [];

  async run(spec: CommandSpec): Promise<CommandResult> {
    this.started.push(spec);
    const [tool, program, ...args] = spec.argv;
    if (tool !== 'fake')
      return { exitCode: null, signal: null, spawnError: `spawn ${tool} ENOENT` };
    await Promise.resolve(); // output arrives asynchronously, as from a process
    switch (program) {
      case 'exit':
        return { exitCode: Number(args[0]), signal: null };
      case 'print':
        if (args[0]) spec.onOutput(args[0], 'stdout');
        if (args[1]) spec.onOutput(args[1], 'stderr');
        return { exitCode: 0, signal: null };
      case 'env':
        spec.onOutput(spec.env[args[0] as string] ?? '', 'stdout');
        return { exitCode: 0, signal: null };
      case 'cwd':
        spec.onOutput(spec.cwd, 'stdout');
        return { exitCode: 0, signal: null };
      case 'hang':
        if (!spec.signal.aborted)
          await new Promise((done) => spec.signal.addEventListener('abort', done, { once: true }));
        return { exitCode: null, signal: 'SIGTERM' };
      default:
        return { exitCode: 127, signal: null };
    }
  }
}
