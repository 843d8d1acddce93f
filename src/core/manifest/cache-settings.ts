import { error } from '../diagnostics.js';
import type { CacheSettings } from '../pipeline.js';
import { parseRemoteUrl } from '../remote-url.js';
import type { DocReader } from './reader.js';
import { CACHE_KEYS } from './schema.js';

/** `cache: {remote: s3://bucket/prefix, endpoint: http://minio:9000, region: eu-west-1}` */
export function readCacheSettings(reader: DocReader, value: unknown): CacheSettings {
  if (value === undefined || value === null) return {};
  const map = reader.map(value, ['cache'], 'cache', '{remote: s3://my-bucket/reprokit}');
  if (!map) return {};
  reader.checkKeys(map, ['cache'], CACHE_KEYS, 'in cache');
  const settings: { remote?: string; endpoint?: string; region?: string } = {};
  if (map.remote !== undefined) {
    const url = reader.string(
      map.remote,
      ['cache', 'remote'],
      'cache.remote',
      's3://my-bucket/reprokit',
    );
    const parsed = url === undefined ? undefined : parseRemoteUrl(url);
    if (parsed && !parsed.ok)
      reader.report(
        error('invalid-value', parsed.error, {
          source: reader.ref(['cache', 'remote']),
          hint: 'remote: s3://my-bucket/reprokit',
        }),
      );
    if (parsed?.ok && url !== undefined) settings.remote = url.trim();
  }
  if (map.endpoint !== undefined) {
    const endpoint = reader.string(
      map.endpoint,
      ['cache', 'endpoint'],
      'cache.endpoint',
      'https://minio.example.com:9000',
    );
    if (endpoint !== undefined && !/^https?:\/\/[^\s/]+/.test(endpoint))
      reader.report(
        error('invalid-value', `cache.endpoint "${endpoint}" is not an http(s) URL`, {
          source: reader.ref(['cache', 'endpoint']),
          hint: 'endpoint: https://minio.example.com:9000',
        }),
      );
    else if (endpoint !== undefined) settings.endpoint = endpoint;
  }
  if (map.region !== undefined) {
    const region = reader.string(map.region, ['cache', 'region'], 'cache.region', 'eu-west-1');
    if (region !== undefined) settings.region = region;
  }
  return settings;
}
