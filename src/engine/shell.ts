import type { ShellName } from '../core/pipeline.js';
import { unreachable } from '../core/result.js';

/** The argv that runs one command line; the text is passed as one argument, never re-split. */
export function shellArgv(shell: ShellName, command: string): string[] {
  switch (shell) {
    case 'bash':
      return ['bash', '--noprofile', '--norc', '-e', '-o', 'pipefail', '-c', command];
    case 'sh':
      return ['sh', '-e', '-c', command];
    case 'pwsh':
      return ['pwsh', '-NoProfile', '-NonInteractive', '-Command', command];
    default:
      return unreachable(shell);
  }
}
