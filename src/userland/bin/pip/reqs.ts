// Requirements as pip 20 reads them: "Flask", "click<8.0,>=5.1", "redis == 3.5.3 ; python_version
// < '3'" on the command line or in a requirements file (comments, blank lines, option lines), and
// how pip prints them (packaging's normalized form, "(from -r requirements.txt (line 1))").

import { satisfies } from './catalogue';

export interface Req {
  /** The name as written ("Redis"). */
  readonly name: string;
  /** Specifiers, normalized and sorted as packaging prints them. */
  readonly specs: readonly string[];
  /** Where it came from: "-r requirements.txt (line 1)", or "Flask->-r ..." for a dependency. */
  readonly from: string | null;
}

/** str(req.req): "click<8.0,>=5.1". */
export function reqText(r: Req): string {
  return r.name + r.specs.join(',');
}

/** str(InstallRequirement) without location: "click<8.0,>=5.1 (from Flask->-r r.txt (line 1))". */
export function reqWithFrom(r: Req): string {
  return r.from === null ? reqText(r) : `${reqText(r)} (from ${r.from})`;
}

/** InstallRequirement.from_path(): the chain a dependency's "(from ...)" shows. */
export function fromPath(r: Req): string {
  return r.from === null ? reqText(r) : `${reqText(r)}->${r.from}`;
}

export function matches(r: Req, version: string): boolean {
  return r.specs.every((s) => satisfies(version, s));
}

/** Parse one requirement specifier; a message for invalid ones (pip's InstallationError text). */
export function parseReq(text: string, from: string | null): Req | string {
  const noMarker = text.split(';')[0]!.trim();
  const m = /^([A-Za-z0-9][A-Za-z0-9._-]*)\s*(\[[^\]]*\])?\s*(.*)$/.exec(noMarker);
  if (!m) return `Invalid requirement: '${text}'`;
  const rest = (m[3] ?? '').trim();
  const specs: string[] = [];
  if (rest !== '') {
    for (const part of rest.split(',')) {
      const s = /^\s*(~=|===|==|!=|<=|>=|<|>)\s*([A-Za-z0-9.*+!_-]+)\s*$/.exec(part);
      if (!s) return `Invalid requirement: '${text}'`;
      specs.push(`${s[1]}${s[2]}`);
    }
  }
  specs.sort();
  return { name: m[1]!, specs, from };
}

/** The requirements of a requirements file's text, or an error message. */
export function parseRequirementsFile(text: string, file: string): Req[] | string {
  const out: Req[] = [];
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.replace(/(^|\s)#.*$/, '').trim();
    if (line === '' || line.startsWith('-')) continue;
    const r = parseReq(line, `-r ${file} (line ${i + 1})`);
    if (typeof r === 'string') return `${r} (from line ${i + 1} of ${file})`;
    out.push(r);
  }
  return out;
}
