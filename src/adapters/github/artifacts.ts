import { readdirSync, statSync } from 'node:fs';
import { dirname, join, sep } from 'node:path';

export interface UploadedArtifact {
  readonly name: string;
  readonly id: number;
  readonly size: number;
  readonly url: string;
}

export interface ArtifactUpload {
  readonly name: string;
  /** Absolute project root; the artifact's paths are relative to it. */
  readonly root: string;
  readonly paths: readonly string[];
  readonly retentionDays?: number;
  /** upload-artifact drops dotfiles by default since v4.4; a report site needs them. */
  readonly includeHidden: boolean;
}

/** Where the run's artifacts are shown, for links in comments and summaries. */
export function artifactUrl(env: Readonly<Record<string, string | undefined>>, id: number): string {
  const server = env.GITHUB_SERVER_URL ?? 'https://github.com';
  return `${server}/${env.GITHUB_REPOSITORY ?? ''}/actions/runs/${env.GITHUB_RUN_ID ?? ''}/artifacts/${id}`;
}

export function artifactFiles(
  root: string,
  paths: readonly string[],
  includeHidden: boolean,
): string[] {
  const files: string[] = [];
  const visit = (abs: string) => {
    const stats = statSync(abs);
    if (stats.isFile()) files.push(abs);
    else if (stats.isDirectory()) {
      for (const name of readdirSync(abs).sort()) {
        if (!includeHidden && name.startsWith('.')) continue;
        visit(join(abs, name));
      }
    }
  };
  for (const path of paths) visit(join(root, path));
  return files;
}

/**
 * Like upload-artifact, names inside the artifact are relative to the paths' closest common
 * directory: publishing `site/` gives `index.html`, not `site/index.html`.
 */
export function artifactRoot(root: string, paths: readonly string[]): string {
  const dirs = paths.map((p) => {
    const abs = join(root, p);
    return statSync(abs).isDirectory() ? abs : dirname(abs);
  });
  let common = dirs[0] ?? root;
  for (const dir of dirs.slice(1)) {
    while (common !== root && dir !== common && !dir.startsWith(common + sep))
      common = dirname(common);
  }
  return common;
}

/** Uploads with the real toolkit client; loaded lazily so the CLI never pays for it. */
export async function uploadArtifact(
  upload: ArtifactUpload,
  env: Readonly<Record<string, string | undefined>>,
): Promise<UploadedArtifact> {
  const { DefaultArtifactClient } = await import('@actions/artifact');
  const files = artifactFiles(upload.root, upload.paths, upload.includeHidden);
  if (files.length === 0)
    throw new Error(`artifact ${upload.name} has no files (${upload.paths.join(', ')})`);
  const result = await new DefaultArtifactClient().uploadArtifact(
    upload.name,
    files,
    artifactRoot(upload.root, upload.paths),
    {
      ...(upload.retentionDays !== undefined ? { retentionDays: upload.retentionDays } : {}),
    },
  );
  if (result.id === undefined) throw new Error(`artifact ${upload.name} was not created`);
  return {
    name: upload.name,
    id: result.id,
    size: result.size ?? 0,
    url: artifactUrl(env, result.id),
  };
}
