import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { MANIFEST_CANDIDATES } from '../engine/project.js';

/** The manifest a project uses: the one named, else the first of MANIFEST_CANDIDATES that exists. */
export function findManifest(root: string, named?: string): string {
  return named ?? MANIFEST_CANDIDATES.find((f) => existsSync(join(root, f))) ?? 'reprokit.yml';
}
