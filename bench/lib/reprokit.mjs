// How the harness starts reprokit: a snapshot of the dist/cli bundle by default, or --reprokit.
import fs from 'node:fs';
import path from 'node:path';
import { die } from './proc.mjs';

/** Split a command line into words (double and single quotes, no expansions). */
function splitCommand(s) {
  const words = [];
  const re = /"([^"]*)"|'([^']*)'|(\S+)/g;
  let m;
  while ((m = re.exec(s))) words.push(m[1] ?? m[2] ?? m[3]);
  return words;
}

/** Size and mtime of the CLI bundle, to notice a rebuild during the bench. */
export function cliStamp(file) {
  try {
    const st = fs.statSync(file);
    return `${st.size}:${st.mtimeMs}`;
  } catch {
    return null;
  }
}

/** The reprokit command as argv, with relative paths made absolute (we run it with cwd = project). */
export function resolveReprokit(o, root) {
  if (!o.reprokit) {
    const cli = path.join(root, 'dist', 'cli', 'index.js');
    const stamp = cliStamp(cli);
    const builtAt = stamp && new Date(Number(stamp.split(':')[1])).toISOString();
    if (stamp && o.snapshot) {
      // dist/ may be rebuilt while the bench runs (ncc empties the directory first): run a copy
      // of the self-contained bundle, taken now, so that every figure comes from one build.
      const snap = path.join(o.workDir, 'cli-snapshot');
      for (let attempt = 0; attempt < 5; attempt++) {
        fs.rmSync(snap, { recursive: true, force: true });
        try {
          fs.cpSync(path.dirname(cli), snap, { recursive: true });
        } catch {
          continue;
        }
        if (cliStamp(cli) === stamp && fs.existsSync(path.join(snap, 'index.js'))) {
          return {
            argv: [process.execPath, path.join(snap, 'index.js')],
            available: true,
            shown: `node dist/cli/index.js (a copy of the build of ${builtAt}, taken at start)`,
            builtAt,
          };
        }
      }
    }
    return {
      argv: [process.execPath, cli],
      available: stamp != null,
      shown: 'node dist/cli/index.js',
      file: cli,
      stamp,
      builtAt,
    };
  }
  const words = splitCommand(o.reprokit).map((w, i) => {
    if (w.startsWith('-')) return w;
    const abs = path.resolve(w);
    return (i > 0 || w.includes('/')) && fs.existsSync(abs) ? abs : w;
  });
  if (words.length === 0) die('--reprokit is empty');
  return { argv: words, available: true, shown: o.reprokit };
}
