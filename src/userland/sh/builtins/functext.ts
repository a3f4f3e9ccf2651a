// Function bodies as `type` and `declare -f` print them: `name () ` then the body in braces, one
// command per line, indented by four spaces.
// Simplification: commands are printed from their source text, not re-formatted from the tree
// as bash does (so inner spacing and nested compound layout may differ).

import type { Command, List } from '../ast';

function listLines(list: List, indent: string): string[] {
  const lines: string[] = [];
  for (const item of list.items) {
    const text = item.text + (item.bg ? ' &' : '');
    for (const l of text.split('\n')) lines.push(indent + l.trim());
  }
  return lines;
}

export function printFunction(name: string, body: Command): string {
  let inner: string[];
  if (body.t === 'group') inner = listLines(body.body, '    ');
  else if (body.t === 'subshell') inner = ['    ( ' + listLines(body.body, '').join('; ') + ' )'];
  else inner = ['    ...'];
  return `${name} () \n{ \n${inner.map((l) => (l.trim() === '' ? l : l.replace(/;$/, ''))).join('\n')}\n}`;
}
