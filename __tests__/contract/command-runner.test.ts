import { mkdtempSync, realpathSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ProcessRunner } from '../../src/adapters/local/process-runner.js';
import { FakeRunner } from '../support/fake-runner.js';
import { commandRunnerContract } from './command-runner.contract.js';

const sh = (script: string, ...args: string[]) => ['sh', '-c', script, 'sh', ...args];

commandRunnerContract('ProcessRunner (child processes)', () => {
  const cwd = realpathSync(mkdtempSync(join(tmpdir(), 'reprokit-runner-contract-')));
  return {
    runner: new ProcessRunner(),
    cwd,
    programs: {
      exit: (code) => sh('exit "$1"', String(code)),
      print: (out, err) => sh('printf %s "$1"; printf %s "$2" >&2', out, err),
      printEnv: (name) => sh('eval "printf %s \\"\\${$1:-}\\""', name),
      printCwd: () => sh('printf %s "$(pwd -P)"'),
      hang: () => sh('sleep 30'),
      missing: () => ['/nonexistent/reprokit-no-such-program'],
    },
    dispose: () => rmSync(cwd, { recursive: true, force: true }),
  };
});

commandRunnerContract('FakeRunner (test fake)', () => ({
  runner: new FakeRunner(),
  cwd: '/memory/project',
  programs: {
    exit: (code) => ['fake', 'exit', String(code)],
    print: (out, err) => ['fake', 'print', out, err],
    printEnv: (name) => ['fake', 'env', name],
    printCwd: () => ['fake', 'cwd'],
    hang: () => ['fake', 'hang'],
    missing: () => ['no-such-program'],
  },
  dispose: () => undefined,
}));
