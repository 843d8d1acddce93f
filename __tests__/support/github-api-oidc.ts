/**
 * OIDC ID tokens as the runner's token endpoint issues them (claims of
 * https://docs.github.com/actions/security-for-github-actions/security-hardening-your-deployments/about-security-hardening-with-openid-connect),
 * signed HS256 with a per-server secret so the fake REST API can check that a token it receives
 * (e.g. the Pages deployment's `oidc_token`) is one it issued. Real tokens are RS256; nobody in the
 * tests verifies signatures against GitHub's keys.
 */
import { createHmac, randomBytes, randomUUID, timingSafeEqual } from 'node:crypto';

export interface OidcSettings {
  /** `environment` claim: the job's environment. Default `github-pages`; null = job has none. */
  environment: string | null;
  ref: string;
  sha: string;
  eventName: string;
  actor: string;
  runId: string;
  workflow: string;
}

export type OidcClaims = Readonly<Record<string, string | number>>;

const b64url = (o: object): string => Buffer.from(JSON.stringify(o)).toString('base64url');

export class OidcIssuer {
  private readonly secret = randomBytes(32);

  constructor(
    private readonly owner: string,
    private readonly repo: string,
  ) {}

  claims(settings: OidcSettings, audience: string | undefined): OidcClaims {
    const now = Math.floor(Date.now() / 1000);
    const repository = `${this.owner}/${this.repo}`;
    const sub = settings.environment
      ? `repo:${repository}:environment:${settings.environment}`
      : `repo:${repository}:ref:${settings.ref}`;
    return {
      jti: randomUUID(),
      sub,
      aud: audience ?? `https://github.com/${this.owner}`,
      ref: settings.ref,
      sha: settings.sha,
      repository,
      repository_owner: this.owner,
      run_id: settings.runId,
      run_number: '1',
      run_attempt: '1',
      actor: settings.actor,
      workflow: settings.workflow,
      event_name: settings.eventName,
      ref_type: settings.ref.startsWith('refs/tags/') ? 'tag' : 'branch',
      job_workflow_ref: `${repository}/.github/workflows/ci.yml@${settings.ref}`,
      ...(settings.environment ? { environment: settings.environment } : {}),
      iss: 'https://token.actions.githubusercontent.com',
      nbf: now - 5,
      iat: now,
      exp: now + 300,
    };
  }

  sign(claims: OidcClaims): string {
    const head = `${b64url({ typ: 'JWT', alg: 'HS256', kid: 'reprokit-fake' })}.${b64url(claims)}`;
    const sig = createHmac('sha256', this.secret).update(head).digest('base64url');
    return `${head}.${sig}`;
  }

  /** Claims of a token this issuer signed and that has not expired; undefined otherwise. */
  verify(token: string): OidcClaims | undefined {
    const parts = token.split('.');
    if (parts.length !== 3) return undefined;
    const [h, p, s] = parts as [string, string, string];
    const expected = createHmac('sha256', this.secret).update(`${h}.${p}`).digest();
    const got = Buffer.from(s, 'base64url');
    if (got.length !== expected.length || !timingSafeEqual(got, expected)) return undefined;
    const claims = JSON.parse(Buffer.from(p, 'base64url').toString('utf8')) as OidcClaims;
    const exp = claims['exp'];
    if (typeof exp === 'number' && exp < Date.now() / 1000) return undefined;
    return claims;
  }
}

/** Decodes a JWT's payload without verifying it (for assertions on tokens from `core.getIDToken`). */
export function decodeJwt(token: string): Record<string, unknown> {
  const p = token.split('.')[1];
  if (!p) throw new Error('not a JWT');
  return JSON.parse(Buffer.from(p, 'base64url').toString('utf8')) as Record<string, unknown>;
}
