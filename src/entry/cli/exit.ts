/** The CLI's exit codes (docs/cli.md): 3 is a bug, never the answer to any input. */
export const EXIT = {
  ok: 0,
  failed: 1,
  usage: 2,
  internal: 3,
  busy: 75,
  interrupted: 130,
} as const;
