import type { SourceRef } from '../core/diagnostics.js';
export type { Pipeline } from '../core/pipeline.js';

export interface SourceRefHolder {
  readonly source: SourceRef;
}
