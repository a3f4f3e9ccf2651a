// Every string the page shows exists in both languages: each key of locales/en/<ns>.json is in
// locales/zh-CN/<ns>.json and back (plural forms compared by their base key: Chinese has only
// `_other`), no value is empty, and both languages have the same namespaces. Interpolated names
// ({{count}}, {{pid}}…) match, so no translation drops or invents a value.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(__dirname, '../../../src/ui/i18n/locales');
const PLURAL = /_(zero|one|two|few|many|other)$/;

function flatten(value: unknown, prefix: string, out: Map<string, string>): Map<string, string> {
  if (typeof value === 'string') out.set(prefix, value);
  else if (value && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) flatten(v, prefix ? `${prefix}.${k}` : k, out);
  else out.set(prefix, String(value));
  return out;
}

function load(lang: string, ns: string): Map<string, string> {
  return flatten(JSON.parse(readFileSync(join(root, lang, ns), 'utf8')), '', new Map());
}

const base = (key: string): string => key.replace(PLURAL, '');
const names = (s: string): string[] => [...s.matchAll(/\{\{\s*(\w+)/g)].map((m) => m[1]!).sort();

describe('locales', () => {
  const en = readdirSync(join(root, 'en')).sort();
  const zh = readdirSync(join(root, 'zh-CN')).sort();

  it('has the same namespaces in English and 简体中文', () => {
    expect(en.length).toBeGreaterThan(0);
    expect(zh).toEqual(en);
  });

  for (const ns of en) {
    it(`${ns}: every key in both languages, none empty, same interpolations`, () => {
      const a = load('en', ns);
      const b = load('zh-CN', ns);
      const keysA = new Set([...a.keys()].map(base));
      const keysB = new Set([...b.keys()].map(base));
      expect(
        [...keysA].filter((k) => !keysB.has(k)),
        'missing in zh-CN',
      ).toEqual([]);
      expect(
        [...keysB].filter((k) => !keysA.has(k)),
        'missing in en',
      ).toEqual([]);
      for (const [lang, strings] of [
        ['en', a],
        ['zh-CN', b],
      ] as const)
        for (const [k, v] of strings) expect(v.trim(), `${lang}/${ns} ${k}`).not.toBe('');
      const byBase = (m: Map<string, string>) => {
        const out = new Map<string, Set<string>>();
        for (const [k, v] of m)
          for (const n of names(v)) (out.get(base(k)) ?? out.set(base(k), new Set()).get(base(k))!).add(n);
        return out;
      };
      const na = byBase(a);
      const nb = byBase(b);
      for (const k of keysA) {
        const x = [...(na.get(k) ?? [])].filter((n) => n !== 'count').sort();
        const y = [...(nb.get(k) ?? [])].filter((n) => n !== 'count').sort();
        expect(y, `${ns} ${k}`).toEqual(x);
      }
    });
  }
});
