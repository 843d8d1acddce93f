import { spawn } from 'node:child_process';
import type {
  CommandResult,
  CommandRunner,
  ContainerCommandSpec,
  ContainerRuntime,
  ContainerUnavailable,
  PinnedImage,
} from '../../ports.js';

/** What the adapter needs from the machine; injected so tests can use a stand-in `docker`. */
export interface DockerSetup {
  /** Runs `docker run` in its own process group (ProcessRunner), stopped TERM then KILL. */
  readonly runner: CommandRunner;
  /** The docker client: a name looked up on PATH, or a path. */
  readonly command?: string;
  /** Environment of the short docker calls (image inspect, kill): PATH, DOCKER_HOST, … */
  readonly env: Readonly<Record<string, string>>;
  /** `--user uid:gid` so files written in the workspace belong to the user; undefined on Windows. */
  readonly user?: { readonly uid: number; readonly gid: number };
}

/** Digest references are already pinned: nothing to ask docker. */
const DIGEST_REF = /@sha256:[a-f0-9]{64}$/;

/**
 * Runs stage commands with `docker run`. The client runs as the stage's process (so the
 * process-group TERM/KILL of a stop or timeout reaches it and, through its signal proxy and
 * `--init`, the command in the container); after a stop it also `docker kill`s the container
 * by the name given to it, since a client killed with SIGKILL leaves the container running.
 */
export class DockerRuntime implements ContainerRuntime {
  readonly name = 'docker';
  private serial = 0;

  constructor(private readonly setup: DockerSetup) {}

  private get command(): string {
    return this.setup.command ?? 'docker';
  }

  async pin(image: string): Promise<PinnedImage> {
    if (DIGEST_REF.test(image)) return { kind: 'digest', ref: image };
    // RepoDigests: the registry digest of a pulled image; a locally built one has only its Id.
    const format = '{{if .RepoDigests}}{{index .RepoDigests 0}}{{else}}{{.Id}}{{end}}';
    const inspected = await this.call(['image', 'inspect', '--format', format, image]);
    if (inspected.spawnError) return { kind: 'as-written', ref: image, why: 'no-docker' };
    const answer = inspected.stdout.trim().split('\n')[0]?.trim() ?? '';
    if (inspected.code !== 0 || answer === '')
      return { kind: 'as-written', ref: image, why: 'not-pulled' };
    if (answer.startsWith('sha256:')) return { kind: 'digest', ref: `${image}@${answer}` };
    return { kind: 'digest', ref: answer };
  }

  async run(spec: ContainerCommandSpec): Promise<CommandResult | ContainerUnavailable> {
    const name = `reprokit-${spec.label.replace(/[^A-Za-z0-9_.-]/g, '_')}-${process.pid}-${++this.serial}`;
    const user = this.setup.user ? ['--user', `${this.setup.user.uid}:${this.setup.user.gid}`] : [];
    const argv = [
      this.command,
      'run',
      '--rm',
      '--init',
      '--name',
      name,
      '--volume',
      `${spec.mount}:${spec.mount}`,
      '--workdir',
      spec.cwd,
      ...user,
      // By name only: docker reads each value from its own environment, so values never appear
      // on a command line (ps, logs) and are never parsed by a shell.
      ...spec.passEnv.flatMap((variable) => ['-e', variable]),
      spec.image,
      ...spec.argv,
    ];
    const result = await this.setup.runner.run({ ...spec, argv });
    if (result.spawnError) return { unavailable: unavailableText(this.command, result.spawnError) };
    if (spec.signal.aborted) await this.call(['kill', name]);
    return result;
  }

  /** A short docker call; never throws (a missing client is `spawnError`). */
  private call(
    args: readonly string[],
  ): Promise<{ code: number | null; stdout: string; spawnError?: string }> {
    return new Promise((resolve) => {
      let stdout = '';
      const child = spawn(this.command, args, {
        env: this.setup.env,
        stdio: ['ignore', 'pipe', 'ignore'],
      });
      child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
      child.on('error', (e) => resolve({ code: null, stdout, spawnError: e.message }));
      child.on('close', (code) => resolve({ code, stdout }));
    });
  }
}

function unavailableText(command: string, spawnError: string): string {
  return /ENOENT/.test(spawnError)
    ? `\`${command}\` was not found on PATH`
    : `\`${command}\` could not start (${spawnError})`;
}
