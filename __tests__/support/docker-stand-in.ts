import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * A `docker` stand-in for machines without a daemon (CI here): put `bin` first on PATH. It
 * appends its arguments to `log` (one call per line, each argument quoted with printf %q) and:
 * - `image inspect … IMAGE`: prints $DOCKER_STAND_IN_DIGEST (for any image, or only for
 *   $DOCKER_STAND_IN_PULLED when set), or fails like an image not pulled;
 * - `run [options] IMAGE ARGV…`: checks the options reprokit passes, then runs ARGV on the host
 *   in --workdir with only the `-e NAME` variables (and PATH), as a container would get them;
 * - `kill NAME`: records it and succeeds.
 * What it cannot show: that a real image has the tools, that --user maps files, that --init and
 * the signal proxy stop the container (docs/manifest.md#containers says so).
 */
export function installDockerStandIn(dir: string): {
  bin: string;
  log: string;
  calls: () => string[];
} {
  const bin = join(dir, 'bin');
  const log = join(dir, 'docker-calls.log');
  mkdirSync(bin, { recursive: true });
  writeFileSync(join(bin, 'docker'), SCRIPT.replace('@LOG@', log));
  chmodSync(join(bin, 'docker'), 0o755);
  return {
    bin,
    log,
    calls: () => (existsSync(log) ? readFileSync(log, 'utf8').split('\n').filter(Boolean) : []),
  };
}

const SCRIPT = `#!/bin/bash
log='@LOG@'
{ printf '%q ' "$@"; printf '\\n'; } >> "$log"
case "$1" in
  image)
    if [ -n "$DOCKER_STAND_IN_DIGEST" ] && { [ -z "$DOCKER_STAND_IN_PULLED" ] || [ "\${@: -1}" = "$DOCKER_STAND_IN_PULLED" ]; }; then
      echo "$DOCKER_STAND_IN_DIGEST"; exit 0
    fi
    echo "Error: No such image: \${@: -1}" >&2; exit 1 ;;
  kill) exit 0 ;;
  run) shift ;;
  *) echo "stand-in: unsupported docker $1" >&2; exit 125 ;;
esac
workdir=; envs=(PATH="$PATH")
while [ $# -gt 0 ]; do
  case "$1" in
    --rm|--init) shift ;;
    --name|--volume|--user) shift 2 ;;
    --workdir) workdir=$2; shift 2 ;;
    -e) envs+=("$2=\${!2}"); shift 2 ;;
    -*) echo "stand-in: unexpected option $1" >&2; exit 125 ;;
    *) break ;;
  esac
done
shift # the image
cd "$workdir" || exit 125
exec env -i "\${envs[@]}" "$@"
`;
