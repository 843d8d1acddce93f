/**
 * What dvc.yaml said about a stage beyond the Pipeline model, carried on the stage itself so
 * that writing dvc.lock needs nothing but the data.
 */
export interface DvcStageDetails {
  /** `cmd` was a list (dvc.lock keeps the form). */
  readonly cmdIsList: boolean;
  /** Root-relative path → the path as written in dvc.yaml (dvc.lock repeats it verbatim). */
  readonly paths: Readonly<Record<string, string>>;
}
