import { dagJson, renderDot, renderMermaid, renderText } from '../../../core/render-dag.js';
import type { Graph } from '../../../core/graph.js';
import { EXIT, openForCli } from '../context.js';
import type { CliIo } from '../io.js';
import type { ParsedArgs } from '../spec.js';
import { flag } from '../spec.js';

/** `reprokit dag`: the pipeline graph as text, Mermaid, dot or JSON. */
export async function run(args: ParsedArgs, io: CliIo): Promise<number> {
  const formats = ['mermaid', 'dot', 'json'].filter((f) => flag(args, f));
  if (formats.length > 1) {
    io.stderr.write(`reprokit: pick one of ${formats.map((f) => `--${f}`).join(', ')}\n`);
    return EXIT.usage;
  }
  const session = await openForCli(args, io, { emit: () => undefined });
  if (typeof session === 'number') return session;
  session.close();
  io.stdout.write(render(session.project.graph, formats[0]) + '\n');
  return EXIT.ok;
}

function render(graph: Graph, format: string | undefined): string {
  switch (format) {
    case 'mermaid':
      return renderMermaid(graph);
    case 'dot':
      return renderDot(graph);
    case 'json':
      return JSON.stringify(dagJson(graph), null, 2);
    default:
      return renderText(graph);
  }
}
