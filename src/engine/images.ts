import type { ContainerRuntime, PinnedImage } from '../ports.js';
import type { EngineEvent } from './events.js';

/**
 * The reference of each image as it goes into stage keys, asked of the container engine once
 * per run (stages sharing an image share the answer and the notice).
 */
export class ImagePins {
  private readonly pins = new Map<string, Promise<string>>();

  constructor(
    private readonly containers: ContainerRuntime | undefined,
    private readonly emit: (event: EngineEvent) => void,
  ) {}

  pin(image: string): Promise<string> {
    let pinned = this.pins.get(image);
    if (!pinned) {
      pinned = this.resolve(image);
      this.pins.set(image, pinned);
    }
    return pinned;
  }

  private async resolve(image: string): Promise<string> {
    if (!this.containers) return image;
    const pinned = await this.containers.pin(image);
    if (pinned.kind === 'as-written') this.emit({ type: 'warning', message: unpinnedText(pinned) });
    return pinned.ref;
  }
}

function unpinnedText(pinned: PinnedImage & { kind: 'as-written' }): string {
  const why =
    pinned.why === 'no-docker' ? 'docker is not available here' : 'the image is not pulled here';
  return `image ${pinned.ref}: ${why}, so the stage key holds the reference as written, not its digest; pin it as name@sha256:… for keys that follow the image's content`;
}
