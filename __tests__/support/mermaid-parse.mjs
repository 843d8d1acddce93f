// Parses Mermaid diagrams with the real `mermaid` package in a plain Node process (Jest's
// sandbox and jsdom's window do not mix). Reads a JSON array of diagram texts on stdin, prints a
// JSON array of results: null for a valid diagram, else Mermaid's error message.
import { JSDOM } from 'jsdom';

const dom = new JSDOM('<!doctype html><html><body></body></html>', { pretendToBeVisual: true });
for (const name of ['window', 'document', 'DOMParser', 'Element', 'HTMLElement', 'Node'])
  if (globalThis[name] === undefined) globalThis[name] = dom.window[name];
const { default: mermaid } = await import('mermaid');
mermaid.initialize({ startOnLoad: false });

let input = '';
for await (const chunk of process.stdin) input += chunk;
const results = [];
for (const text of JSON.parse(input)) {
  try {
    await mermaid.parse(text);
    results.push(null);
  } catch (e) {
    results.push(String(e?.message ?? e));
  }
}
process.stdout.write(JSON.stringify(results));
