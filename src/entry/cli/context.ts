import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { formatDiagnostic, spanOf } from '../../core/format-diagnostic.js';
import { openLocator } from '../../core/manifest/source.js';
import type { OpenFailure, Session, SessionSetup } from '../../session/session.js';
import { errorCount, openSession } from '../../session/session.js';
import { describeUnknownStage } from '../../session/stages.js';
import type { CliIo } from './io.js';
import type { ParsedArgs } from './spec.js';
import { text } from './spec.js';
import { cliRemote, remoteArgs, withRemote } from './remote.js';

import { EXIT } from './exit.js';

export { EXIT } from './exit.js';

/** The project directory (`-C`), or undefined after saying it does not exist. */
export function projectRoot(args: ParsedArgs, io: CliIo): string | undefined {
  const root = resolve(io.cwd, text(args, 'directory') ?? '.');
  if (existsSync(root)) return root;
  io.stderr.write(`reprokit: directory ${root} does not exist\n`);
  return undefined;
}

/** The local cache directory: --cache-dir, else REPROKIT_CACHE_DIR, else the default. */
export function cacheDir(args: ParsedArgs, io: CliIo): { cacheDir?: string } {
  const dir = text(args, 'cache-dir') ?? io.env.REPROKIT_CACHE_DIR;
  return dir ? { cacheDir: resolve(io.cwd, dir) } : {};
}

/**
 * Opens the session for a command that needs the project; on an invalid manifest or an unknown
 * stage name prints why and returns the exit code instead.
 */
export async function openForCli(
  args: ParsedArgs,
  io: CliIo,
  setup: Omit<SessionSetup, 'root' | 'env' | 'manifest'> & {
    /** 'none': the command handles the remote itself (push, pull, gc --remote). */
    readonly remote?: 'none';
  },
): Promise<Session | number> {
  const root = projectRoot(args, io);
  if (root === undefined) return EXIT.usage;
  const manifest = text(args, 'manifest');
  const { remote: remoteChoice, ...rest } = setup;
  // The remote cache is chosen once the manifest is read (its cache.remote is one source).
  let remoteError: string | undefined;
  const decorate: SessionSetup['decorate'] = async (services, project) => {
    if (remoteChoice === 'none') return services;
    const opened = await cliRemote(remoteArgs(args), io, project, root);
    if (!opened.ok) {
      remoteError = opened.error;
      return services;
    }
    return withRemote(services, opened.remote, io);
  };
  const opened = await openSession({
    root,
    env: io.env,
    ...(manifest !== undefined ? { manifest } : {}),
    ...cacheDir(args, io),
    decorate,
    ...rest,
  });
  if (opened.ok && remoteError !== undefined) {
    opened.value.close();
    io.stderr.write(`reprokit: ${remoteError}\n`);
    return EXIT.usage;
  }
  if (opened.ok) {
    const project = opened.value.project;
    // Positions are worked out only when there is a notice to show (see openLocator).
    if (project.notices.length > 0) {
      const locator = await openLocator(project.texts);
      for (const d of project.notices) io.stderr.write(formatDiagnostic(d, locator) + '\n');
    }
    return opened.value;
  }
  const failure = opened.error;
  if (failure.kind === 'unknown-stage') {
    io.stderr.write(`reprokit: ${describeUnknownStage(failure)}\n`);
    return EXIT.usage;
  }
  for (const d of failure.diagnostics)
    io.stderr.write(formatDiagnostic(d, failure.locator) + '\n\n');
  io.stderr.write(`reprokit: ${errorsByFile(failure)}; nothing was run\n`);
  return EXIT.usage;
}

/** "params.yaml has 1 error": the files the errors are in (a params file, not only the manifest). */
function errorsByFile(failure: Extract<OpenFailure, { kind: 'invalid-manifest' }>): string {
  const counts = new Map<string, number>();
  for (const d of failure.diagnostics) {
    if (d.severity !== 'error') continue;
    const file = spanOf(d, failure.locator)?.file ?? failure.manifest;
    counts.set(file, (counts.get(file) ?? 0) + 1);
  }
  if (counts.size === 0) counts.set(failure.manifest, errorCount(failure));
  return [...counts].map(([file, n]) => `${file} has ${n} error${n === 1 ? '' : 's'}`).join(', ');
}
