import { spawn } from 'node:child_process';
import { resolve } from 'node:path';

/**
 * Parses Mermaid diagrams with the real `mermaid` package (its default limits included: 500
 * edges, 50,000 characters), in a child Node process with a jsdom window (see mermaid-parse.mjs).
 * One entry per diagram: null when Mermaid accepts it, else its error message.
 */
export async function parseMermaid(diagrams: readonly string[]): Promise<(string | null)[]> {
  const child = spawn(process.execPath, [resolve('__tests__/support/mermaid-parse.mjs')], {
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (c: string) => (stdout += c));
  child.stderr.setEncoding('utf8').on('data', (c: string) => (stderr += c));
  child.stdin.end(JSON.stringify(diagrams));
  const code = await new Promise<number | null>((done) => child.on('close', done));
  if (code !== 0) throw new Error(`mermaid-parse.mjs exited with ${code}: ${stderr}`);
  return JSON.parse(stdout) as (string | null)[];
}

/** The text of every ```mermaid block in a Markdown document. */
export function mermaidBlocks(markdown: string): string[] {
  return [...markdown.matchAll(/```mermaid\n([\s\S]*?)\n```/g)].map((m) => m[1] as string);
}
