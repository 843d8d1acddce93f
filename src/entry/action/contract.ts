/** The action's contract in one place: every input and output name as action.yml spells it. */
export const Inputs = {
  manifest: 'manifest',
  workingDirectory: 'working-directory',
  stages: 'stages',
  force: 'force',
  jobs: 'jobs',
  keepGoing: 'keep-going',
  cache: 'cache',
  cacheSalt: 'cache-salt',
  restore: 'restore',
  githubToken: 'github-token',
  summary: 'summary',
} as const;

export const Outputs = {
  ran: 'ran',
  restored: 'restored',
  fresh: 'fresh',
  failed: 'failed',
  cacheHit: 'cache-hit',
  plan: 'plan',
} as const;
