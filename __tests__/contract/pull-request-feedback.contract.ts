import type { CheckAnnotation, PullRequestFeedback } from '../../src/ports.js';

/** What GitHub shows after the feedback calls, read back from the harness's storage. */
export interface ShownCheck {
  readonly name: string;
  readonly headSha: string;
  readonly conclusion: string;
  readonly title: string;
  readonly annotations: readonly Pick<CheckAnnotation, 'path' | 'start_line' | 'title'>[];
  readonly detailsUrl?: string;
}

export interface ShownComment {
  readonly id: number;
  readonly body: string;
  readonly author: string;
}

/** What every PullRequestFeedback does; run against the octokit adapter and the in-memory fake. */
export interface FeedbackHarness {
  readonly feedback: PullRequestFeedback;
  /** Who the token is: the author of the comments the feedback writes. */
  readonly login: string;
  /** A pull request no other test uses. */
  readonly issueNumber: number;
  checks(): ShownCheck[];
  comments(issueNumber: number): ShownComment[];
  /** Someone else comments on the pull request. */
  commentAs(author: string, issueNumber: number, body: string): void;
  /** The token may not write these (the job lacks the permission). */
  refuse(what: 'checks' | 'comments'): void;
  dispose(): Promise<void>;
}

const annotation = (i: number): CheckAnnotation => ({
  path: 'reprokit.yml',
  start_line: i + 1,
  end_line: i + 1,
  annotation_level: 'failure',
  title: `Stage s${i} failed`,
  message: 'exit 1',
});

export function pullRequestFeedbackContract(
  name: string,
  make: () => Promise<FeedbackHarness>,
): void {
  describe(`PullRequestFeedback contract: ${name}`, () => {
    let h: FeedbackHarness;
    beforeEach(async () => (h = await make()));
    afterEach(() => h.dispose());

    it('creates a completed check run with every annotation of every batch, in order', async () => {
      const all = Array.from({ length: 120 }, (_, i) => annotation(i));
      const created = await h.feedback.createCheck({
        name: 'reprokit',
        headSha: 'a'.repeat(40),
        content: {
          conclusion: 'failure',
          title: '2 stages failed',
          summary: 'the table',
          annotationBatches: [all.slice(0, 50), all.slice(50, 100), all.slice(100)],
        },
        detailsUrl: 'https://github.test/run/1',
      });
      expect(created).toMatchObject({ ok: true, value: { id: expect.any(Number) } });
      const [check, ...more] = h.checks();
      expect(more).toEqual([]);
      expect(check).toMatchObject({
        name: 'reprokit',
        headSha: 'a'.repeat(40),
        conclusion: 'failure',
        title: '2 stages failed',
        detailsUrl: 'https://github.test/run/1',
      });
      expect(check?.annotations.map((a) => a.start_line)).toEqual(all.map((a) => a.start_line));
    });

    it('creates the comment once, then edits that same comment', async () => {
      const n = h.issueNumber;
      const marker = '<!-- reprokit:comment reprokit.yml -->';
      const first = await h.feedback.upsertComment({
        issueNumber: n,
        marker,
        body: `${marker}\none`,
      });
      const second = await h.feedback.upsertComment({
        issueNumber: n,
        marker,
        body: `${marker}\ntwo`,
      });
      if (!first.ok || !second.ok) throw new Error('expected both to succeed');
      expect(first.value.action).toBe('created');
      expect(second.value).toMatchObject({ action: 'updated', id: first.value.id });
      expect(h.comments(n)).toEqual([
        { id: first.value.id, body: `${marker}\ntwo`, author: h.login },
      ]);
    });

    it('never edits a comment another author wrote, even one quoting the marker', async () => {
      const n = h.issueNumber;
      const marker = '<!-- reprokit:comment reprokit.yml -->';
      h.commentAs('reviewer', n, `> ${marker}\nwhy did this run?`);
      const posted = await h.feedback.upsertComment({
        issueNumber: n,
        marker,
        body: `${marker}\nmine`,
      });
      expect(posted).toMatchObject({ ok: true, value: { action: 'created' } });
      expect(h.comments(n).map((c) => [c.author, c.body])).toEqual([
        ['reviewer', `> ${marker}\nwhy did this run?`],
        [h.login, `${marker}\nmine`],
      ]);
    });

    it('keeps one comment per marker (several pipelines in one repository)', async () => {
      const n = h.issueNumber;
      for (const id of ['a.yml', 'b.yml', 'a.yml']) {
        const marker = `<!-- reprokit:comment ${id} -->`;
        await h.feedback.upsertComment({ issueNumber: n, marker, body: `${marker}\n${id}` });
      }
      expect(h.comments(n)).toHaveLength(2);
    });

    it('a refused request is a result with its status, never an exception', async () => {
      h.refuse('checks');
      h.refuse('comments');
      const check = await h.feedback.createCheck({
        name: 'reprokit',
        headSha: 'b'.repeat(40),
        content: { conclusion: 'success', title: 'ok', summary: '', annotationBatches: [] },
      });
      const comment = await h.feedback.upsertComment({
        issueNumber: h.issueNumber,
        marker: '<!-- m -->',
        body: '<!-- m -->',
      });
      expect(check).toMatchObject({ ok: false, status: 403, message: expect.any(String) });
      expect(comment).toMatchObject({ ok: false, status: 403, message: expect.any(String) });
      expect(h.checks()).toEqual([]);
      expect(h.comments(h.issueNumber)).toEqual([]);
    });
  });
}
