import { join } from 'node:path';
import { RemoteCache } from './remote-cache.js';
import type { TransferProgress } from './remote-cache.js';
import type { RemoteSettings } from './remote-settings.js';
import { createS3Client } from './s3-client.js';

export interface OpenRemoteOptions {
  readonly settings: RemoteSettings;
  readonly root: string;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly warn: (message: string) => void;
  readonly onTransfer?: (progress: TransferProgress) => void;
  /** Explicit keys (tests, benchmarks); otherwise the SDK's default credential chain. */
  readonly credentials?: { accessKeyId: string; secretAccessKey: string };
  readonly retry?: ConstructorParameters<typeof RemoteCache>[0]['retry'];
}

/** The remote cache for a project directory (staging downloads under .reprokit/tmp). */
export function openRemote(options: OpenRemoteOptions): RemoteCache {
  const { settings } = options;
  if (settings.readOnlyBecause)
    options.warn(`remote cache is read-only: ${settings.readOnlyBecause}`);
  return new RemoteCache({
    client: createS3Client({
      env: options.env,
      ...(settings.endpoint ? { endpoint: settings.endpoint } : {}),
      ...(settings.region ? { region: settings.region } : {}),
      ...(options.credentials ? { credentials: options.credentials } : {}),
    }),
    location: settings.location,
    toAbsolute: (path) => join(options.root, path),
    stagingDir: join(options.root, '.reprokit', 'tmp'),
    write: settings.write,
    warn: options.warn,
    ...(options.retry ? { retry: options.retry } : {}),
    ...(options.onTransfer ? { onTransfer: options.onTransfer } : {}),
  });
}
