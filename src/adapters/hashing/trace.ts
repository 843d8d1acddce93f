/** REPROKIT_TRACE_HASH=1: phase timings on standard error (ms since the process started). */
const TRACE = Boolean(process.env['REPROKIT_TRACE_HASH']);

export function trace(what: string): void {
  if (TRACE) process.stderr.write(`reprokit hash ${performance.now().toFixed(1)} ${what}\n`);
}
