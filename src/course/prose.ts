// A lesson's prose: <lang>.md per language, an introduction, then one `## step-id` section per
// step. Every step needs a section in every language; a section for no step is an error.

import type { Lang, LessonIssue, Localized } from './types';
import { LANGS } from './types';

const HEADING = /^## +(\S+) *$/;

interface Sections {
  readonly intro: string;
  readonly byId: Map<string, string>;
}

export function splitProse(dir: string, files: Readonly<Record<string, string>>, ids: readonly string[]) {
  const issues: LessonIssue[] = [];
  const parsed = {} as Record<Lang, Sections>;
  for (const lang of LANGS) {
    const file = `${dir}/${lang}.md`;
    const text = files[`${lang}.md`];
    if (text === undefined) {
      issues.push({ file, line: 1, field: '', message: 'missing file' });
      parsed[lang] = { intro: '', byId: new Map() };
      continue;
    }
    parsed[lang] = sectionsOf(file, text, ids, issues);
    for (const id of ids) {
      if (!parsed[lang].byId.has(id))
        issues.push({ file, line: 1, field: id, message: `no "## ${id}" section` });
    }
  }
  const pick = (f: (s: Sections) => string): Localized => ({ en: f(parsed.en), 'zh-CN': f(parsed['zh-CN']) });
  return {
    issues,
    intro: pick((s) => s.intro),
    section: (id: string) => pick((s) => s.byId.get(id) ?? ''),
  };
}

function sectionsOf(file: string, text: string, ids: readonly string[], issues: LessonIssue[]): Sections {
  const byId = new Map<string, string>();
  const intro: string[] = [];
  let body = intro;
  let id: string | undefined;
  const flush = () => {
    if (id !== undefined) byId.set(id, body.join('\n').trim());
  };
  text.split('\n').forEach((line, i) => {
    const m = HEADING.exec(line);
    if (!m?.[1]) return void body.push(line);
    flush();
    id = m[1];
    if (!ids.includes(id))
      issues.push({
        file,
        line: i + 1,
        field: id,
        message: `section for no step (steps: ${ids.join(', ')})`,
      });
    else if (byId.has(id)) issues.push({ file, line: i + 1, field: id, message: 'duplicate section' });
    body = [];
  });
  flush();
  return { intro: intro.join('\n').trim(), byId };
}
