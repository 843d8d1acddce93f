import { readFileSync } from 'node:fs';
import { parse } from 'yaml';

/** The README's first workflow is the one users copy: it must work with the action's defaults. */
describe("README's first workflow", () => {
  const readme = readFileSync('README.md', 'utf8');
  const action = parse(readFileSync('action.yml', 'utf8')) as {
    inputs: Record<string, { default?: string }>;
  };

  it('keeps the two opening commands (run the example, run the tests)', () => {
    const first = readme.split('```')[1] ?? '';
    expect(first).toContain('npx reprokit run -C examples/sales');
    expect(first).toContain('npm test');
  });

  it('grants the permissions the default inputs need', () => {
    const blocks = [...readme.matchAll(/```yaml\n([\s\S]*?)```/g)].map((m) => m[1] as string);
    const workflow = blocks
      .map((b) => parse(b) as { jobs?: unknown; permissions?: Record<string, string> })
      .find((w) => w && typeof w === 'object' && 'jobs' in w);
    expect(workflow).toBeDefined();
    const needs: Record<string, string> = { contents: 'read' };
    if (action.inputs['check-run']?.default === 'true') needs.checks = 'write';
    if (action.inputs.comment?.default === 'true') needs['pull-requests'] = 'write';
    expect(Object.keys(needs).length).toBeGreaterThan(1);
    expect(workflow?.permissions).toMatchObject(needs);
  });
});
