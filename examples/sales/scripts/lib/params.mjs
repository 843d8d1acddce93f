// Reads params.yaml without dependencies. Supports the subset a params file needs: nested block
// mappings (indentation), scalars (numbers, true/false, null, plain or quoted strings), flow
// lists `[a, b]` and `#` comments. Anything else is rejected with the line number.
import { readFileSync } from 'node:fs';
import { fail } from './io.mjs';

function scalar(raw, where) {
  const s = raw.trim();
  if (s === '' || s === '~' || s === 'null') return null;
  if (s === 'true') return true;
  if (s === 'false') return false;
  if (/^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(s)) return Number(s);
  if (s.startsWith('"') && s.endsWith('"') && s.length >= 2) return JSON.parse(s);
  if (s.startsWith("'") && s.endsWith("'") && s.length >= 2)
    return s.slice(1, -1).replace(/''/g, "'");
  if (s.startsWith('[') && s.endsWith(']')) {
    const inner = s.slice(1, -1).trim();
    return inner === '' ? [] : inner.split(',').map((v) => scalar(v, where));
  }
  if (/^[[{&*!|>%@`]/.test(s)) fail(`${where}: unsupported YAML value ${s}`);
  return s;
}

function stripComment(line) {
  let quote = null;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (quote) {
      if (c === quote) quote = null;
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '#' && (i === 0 || /\s/.test(line[i - 1]))) return line.slice(0, i);
  }
  return line;
}

export function parseParams(text, file) {
  const root = {};
  const stack = [{ indent: -1, obj: root }];
  text.split(/\r?\n/).forEach((rawLine, i) => {
    const where = `${file}:${i + 1}`;
    const line = stripComment(rawLine).trimEnd();
    if (line.trim() === '' || line.trim() === '---') return;
    const indent = line.length - line.trimStart().length;
    const m = /^([A-Za-z0-9_.-]+)\s*:(\s+(.*))?$/.exec(line.trim());
    if (!m) fail(`${where}: expected "key: value", got ${line.trim()}`);
    while (stack[stack.length - 1].indent >= indent) stack.pop();
    const parent = stack[stack.length - 1].obj;
    if (m[3] === undefined || m[3].trim() === '') {
      parent[m[1]] = {};
      stack.push({ indent, obj: parent[m[1]] });
    } else {
      parent[m[1]] = scalar(m[3], where);
    }
  });
  return root;
}

/** Loads the params file once; `param('clean.min_amount')` returns a value or fails the stage. */
export function loadParams(file = 'params.yaml') {
  const tree = parseParams(readFileSync(file, 'utf8'), file);
  return (dotted) => {
    let v = tree;
    for (const part of dotted.split('.')) {
      if (v === null || typeof v !== 'object' || !(part in v)) fail(`${file}: missing ${dotted}`);
      v = v[part];
    }
    return v;
  };
}
