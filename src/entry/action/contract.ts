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
  publish: 'publish',
  deployPages: 'deploy-pages',
  pagesTimeoutMinutes: 'pages-timeout-minutes',
  retentionDays: 'retention-days',
  includeHiddenFiles: 'include-hidden-files',
  checkRun: 'check-run',
  checkName: 'check-name',
  comment: 'comment',
} as const;

export const Outputs = {
  ran: 'ran',
  restored: 'restored',
  fresh: 'fresh',
  failed: 'failed',
  cacheHit: 'cache-hit',
  plan: 'plan',
  artifactIds: 'artifact-ids',
  artifactUrls: 'artifact-urls',
  pageUrl: 'page-url',
} as const;
