import type { ActionsCache } from '../../adapters/github/actions-cache.js';
import { formatDiagnostic, spanOf } from '../../core/format-diagnostic.js';
import type { EngineEvent } from '../../engine/events.js';
import type { OpenFailure, Session, SessionSetup } from '../../session/session.js';
import { openSession } from '../../session/session.js';
import { describeUnknownStage } from '../../session/stages.js';
import { chooseRemote, layerRemote } from '../../session/remote-compose.js';
import type { Settings } from './settings.js';
import type { Toolkit } from './toolkit.js';

export interface ActionSetup {
  readonly core: Toolkit;
  readonly settings: Settings;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly root: string;
  /** The Actions cache, opened and loaded before the session; undefined: none (off or unavailable). */
  readonly cache: ActionsCache | undefined;
  readonly emit: (event: EngineEvent) => void;
  /** A project path as the repository names it (annotations point there). */
  readonly inRepo: (file: string) => string;
}

/**
 * The action's session: the Actions cache instead of the local one, the remote cache laid over it
 * once the manifest is read. On an invalid manifest, an unknown stage name or a bad remote it
 * fails the step (with annotations at the manifest's lines) and returns undefined.
 */
export async function openForAction(setup: ActionSetup): Promise<Session | undefined> {
  const { core, settings } = setup;
  // The remote is chosen once the manifest is read (its cache.remote is one source).
  let remoteError: string | undefined;
  const decorate: SessionSetup['decorate'] = async (services, project) => {
    if (settings.cache === 'off') return services;
    const opened = await chooseRemote({
      ...(settings.remote !== undefined ? { url: settings.remote } : {}),
      ...(settings.remoteWrite !== undefined ? { write: settings.remoteWrite } : {}),
      project,
      root: setup.root,
      env: setup.env,
      warn: (message) => core.warning(message),
    });
    if (!opened.ok) {
      remoteError = opened.error;
      return services;
    }
    return layerRemote(services, opened.remote, (m) => core.warning(m));
  };
  const opened = await openSession({
    root: setup.root,
    env: setup.env,
    emit: setup.emit,
    cache: setup.cache ?? 'none',
    cacheAccess: {
      read: settings.cache === 'read-write' || settings.cache === 'read-only',
      write: settings.cache === 'read-write' || settings.cache === 'write-only',
    },
    ...(settings.manifest !== undefined ? { manifest: settings.manifest } : {}),
    stages: [...settings.stages, ...settings.force],
    decorate,
    runLog: 'off',
  });
  if (!opened.ok) {
    failOpen(core, opened.error, setup.inRepo);
    return undefined;
  }
  if (remoteError !== undefined) {
    opened.value.close();
    core.setFailed(remoteError);
    return undefined;
  }
  return opened.value;
}

function failOpen(core: Toolkit, failure: OpenFailure, inRepo: (file: string) => string): void {
  if (failure.kind === 'unknown-stage') return core.setFailed(describeUnknownStage(failure));
  for (const d of failure.diagnostics) {
    const span = spanOf(d, failure.locator);
    const text = formatDiagnostic(d, failure.locator);
    const place = span
      ? {
          file: inRepo(span.file),
          startLine: span.line,
          startColumn: span.column,
          title: 'Invalid manifest',
        }
      : { title: 'Invalid manifest' };
    if (d.severity === 'error') core.error(text, place);
    else core.notice(text, place);
  }
  core.setFailed(`${failure.manifest} is invalid; nothing was run (see the annotations)`);
}
