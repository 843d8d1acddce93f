import type {
  CheckAnnotation,
  CheckRunRequest,
  CommentRequest,
  FeedbackResult,
  Posted,
  PullRequestFeedback,
} from '../../src/ports.js';

/** A check run as GitHub keeps it: every annotation of every batch. */
export interface StoredCheck {
  readonly id: number;
  readonly name: string;
  readonly headSha: string;
  readonly conclusion: string;
  readonly title: string;
  readonly summary: string;
  readonly annotations: readonly CheckAnnotation[];
  readonly detailsUrl?: string;
}

export interface StoredComment {
  readonly id: number;
  readonly issueNumber: number;
  body: string;
  readonly author: string;
}

const REFUSED = {
  ok: false,
  status: 403,
  message: 'Resource not accessible by integration',
} as const;

/** Check runs and pull request comments in memory, with GitHub's rules for whose comment is whose. */
export class MemoryFeedback implements PullRequestFeedback {
  readonly checks: StoredCheck[] = [];
  readonly comments: StoredComment[] = [];
  /** What the token may not write (a job without `checks: write` / `pull-requests: write`). */
  readonly refused = new Set<'checks' | 'comments'>();
  private next = 0;

  /** `login`: who the token is (the author of the comments it writes). */
  constructor(readonly login = 'github-actions[bot]') {}

  async createCheck(check: CheckRunRequest): Promise<FeedbackResult<Posted>> {
    if (this.refused.has('checks')) return REFUSED;
    const id = ++this.next;
    this.checks.push({
      id,
      name: check.name,
      headSha: check.headSha,
      conclusion: check.content.conclusion,
      title: check.content.title,
      summary: check.content.summary,
      annotations: check.content.annotationBatches.flat(),
      ...(check.detailsUrl !== undefined ? { detailsUrl: check.detailsUrl } : {}),
    });
    return { ok: true, value: { id, url: `https://github.test/checks/${id}` } };
  }

  async upsertComment(
    comment: CommentRequest,
  ): Promise<FeedbackResult<Posted & { action: 'created' | 'updated' }>> {
    if (this.refused.has('comments')) return REFUSED;
    const ours = this.comments.find(
      (c) =>
        c.issueNumber === comment.issueNumber &&
        c.body.includes(comment.marker) &&
        c.author === this.login,
    );
    if (ours) {
      ours.body = comment.body;
      return { ok: true, value: { id: ours.id, url: this.url(ours.id), action: 'updated' } };
    }
    const created = this.add(comment.issueNumber, comment.body, this.login);
    return { ok: true, value: { id: created.id, url: this.url(created.id), action: 'created' } };
  }

  /** Someone's comment on the pull request (a reviewer quoting ours, an old bot). */
  add(issueNumber: number, body: string, author: string): StoredComment {
    const comment = { id: ++this.next, issueNumber, body, author };
    this.comments.push(comment);
    return comment;
  }

  private url(id: number): string {
    return `https://github.test/comments/${id}`;
  }
}
