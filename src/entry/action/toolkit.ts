/** The slice of @actions/core the action uses; index.ts passes the real one. */
export interface AnnotationPlace {
  readonly title?: string;
  readonly file?: string;
  readonly startLine?: number;
  readonly startColumn?: number;
  readonly endLine?: number;
  readonly endColumn?: number;
}

export interface Toolkit {
  getInput(name: string): string;
  setOutput(name: string, value: string): void;
  info(message: string): void;
  warning(message: string, place?: AnnotationPlace): void;
  error(message: string, place?: AnnotationPlace): void;
  notice(message: string, place?: AnnotationPlace): void;
  startGroup(title: string): void;
  endGroup(): void;
  setFailed(message: string): void;
  setSecret(secret: string): void;
  /** The job's OIDC token (needs `id-token: write`); throws when the job has none. */
  getIDToken(audience?: string): Promise<string>;
  /** Appends Markdown to the job summary (GITHUB_STEP_SUMMARY). */
  appendSummary(markdown: string): Promise<void>;
}
