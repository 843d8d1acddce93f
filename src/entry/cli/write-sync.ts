import { writeSync } from 'node:fs';

/**
 * Writes `bytes` to `fd` at once, without a stream: making `process.stdout` for a pipe loads
 * net and the stream modules, about 2 % of a no-op `status` that prints one answer and exits.
 * Whatever the descriptor does not take (EAGAIN on a non-blocking pipe, EPIPE, a closed
 * descriptor) goes to `rest`, the stream's write, which behaves as it always did.
 */
export function writeAllSync(
  fd: number,
  bytes: Uint8Array,
  rest: (bytes: Uint8Array) => void,
): void {
  let done = 0;
  try {
    while (done < bytes.length) {
      const n = writeSync(fd, bytes, done, bytes.length - done);
      if (n <= 0) break;
      done += n;
    }
  } catch {
    // the stream reports it, or waits for the descriptor, as it did before this shortcut
  }
  if (done < bytes.length) rest(bytes.subarray(done));
}
