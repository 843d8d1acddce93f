/**
 * The REST calls the action makes, on octokit from @actions/github. Every call returns a value
 * instead of throwing: feedback is never a reason to fail a build.
 */
export type ApiResult<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly status: number; readonly message: string };

export interface Repo {
  readonly owner: string;
  readonly repo: string;
}

type Octokit = Awaited<ReturnType<typeof makeOctokit>>;

async function makeOctokit(token: string) {
  const github = await import('@actions/github');
  return github.getOctokit(token);
}

export class GitHubClient {
  private constructor(private readonly octokit: Octokit) {}

  /** GITHUB_API_URL decides where requests go (GitHub Enterprise, or a test server). */
  static async create(token: string): Promise<GitHubClient> {
    return new GitHubClient(await makeOctokit(token));
  }

  async request<T>(route: string, parameters: Record<string, unknown>): Promise<ApiResult<T>> {
    try {
      const response = await this.octokit.request(route, parameters);
      return { ok: true, value: response.data as T };
    } catch (e) {
      const error = e as {
        status?: number;
        message?: string;
        response?: { data?: { message?: string } };
      };
      return {
        ok: false,
        status: error.status ?? 0,
        message: error.response?.data?.message ?? error.message ?? String(e),
      };
    }
  }

  async graphql<T>(query: string): Promise<ApiResult<T>> {
    try {
      return { ok: true, value: await this.octokit.graphql<T>(query) };
    } catch (e) {
      const error = e as { status?: number; message?: string };
      return { ok: false, status: error.status ?? 0, message: error.message ?? String(e) };
    }
  }

  async paginate<T>(route: string, parameters: Record<string, unknown>): Promise<ApiResult<T[]>> {
    try {
      return { ok: true, value: (await this.octokit.paginate(route, parameters)) as T[] };
    } catch (e) {
      const error = e as { status?: number; message?: string };
      return { ok: false, status: error.status ?? 0, message: error.message ?? String(e) };
    }
  }
}
