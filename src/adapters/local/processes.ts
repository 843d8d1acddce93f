import { readFileSync } from 'node:fs';

/**
 * Whether a process of this machine is alive. A zombie (dead, not yet reaped by its parent)
 * counts as dead. Permission errors mean it exists under another user.
 */
export function processAlive(pid: number): boolean {
  if (!Number.isSafeInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'EPERM') return false;
  }
  if (process.platform !== 'linux') return true;
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2)[0] !== 'Z';
  } catch {
    return true; // /proc hidden (hidepid): kill(0) already said it exists
  }
}
