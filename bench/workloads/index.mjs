// The workloads `bench/run.mjs` knows, in the order they run (memory reuses plan's DAG).
// Adding a workload: write bench/workloads/<name>.mjs (see bench/README.md, "Adding a
// workload") and add its name on a line of its own below.
// prettier-ignore
export const WORKLOADS = [
  'hash-large',
  'hash-small',
  'plan',
  'run',
  'memory',
  'ci',
];
