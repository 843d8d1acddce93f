import type {
  CommandResult,
  CommandRunner,
  ContainerCommandSpec,
  ContainerRuntime,
  ContainerUnavailable,
  PinnedImage,
} from '../../src/ports.js';

/**
 * A container runtime without containers, for engine tests: digests from a table, commands run
 * on the host through the given runner with only the passed variables (and PATH), as in an image.
 */
export class FakeContainers implements ContainerRuntime {
  readonly name = 'fake';
  readonly runs: ContainerCommandSpec[] = [];

  constructor(
    private readonly runner: CommandRunner,
    private readonly digests: ReadonlyMap<string, string>,
    private readonly available = true,
  ) {}

  async pin(image: string): Promise<PinnedImage> {
    if (/@sha256:[a-f0-9]{64}$/.test(image)) return { kind: 'digest', ref: image };
    if (!this.available) return { kind: 'as-written', ref: image, why: 'no-docker' };
    const digest = this.digests.get(image);
    return digest
      ? { kind: 'digest', ref: digest }
      : { kind: 'as-written', ref: image, why: 'not-pulled' };
  }

  async run(spec: ContainerCommandSpec): Promise<CommandResult | ContainerUnavailable> {
    if (!this.available) return { unavailable: 'the fake is switched off' };
    this.runs.push(spec);
    const env: Record<string, string> = { PATH: spec.env.PATH ?? '' };
    for (const name of spec.passEnv) if (spec.env[name] !== undefined) env[name] = spec.env[name];
    return this.runner.run({ ...spec, env });
  }
}
