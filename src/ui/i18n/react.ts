// The page's components translate with `useT(namespace)`: react-i18next's useTranslation bound to
// our i18next instance (importing it here makes sure it is set up, in the app and in tests). A
// language change re-renders the components that use it in place: nothing remounts.
// `initialLang()` is the language of a first visit: the browser's preferred one among ours.

import { useTranslation } from 'react-i18next';
import { detectLang, i18n, type UiLang } from './index';

export type UiNamespace = 'common' | 'workbench' | 'views' | 'course' | 'classroom' | 'storage';

export function useT(ns: UiNamespace) {
  return useTranslation(ns, { i18n });
}

/** The language to start in when nothing was saved: the browser's preference (English otherwise). */
export function initialLang(): UiLang {
  return typeof navigator === 'undefined' ? 'en' : detectLang(navigator.languages ?? [navigator.language]);
}

type Values = Readonly<Record<string, unknown>>;

const templates = new Map<string, string | null>();
const pluralRules = new Map<string, Intl.PluralRules>();

/** The template of `ns:path` (with a plural suffix when `count` is given) in `lang`, cached. */
function template(lang: string, key: string, count: unknown): string | null {
  const suffix =
    typeof count === 'number'
      ? `_${(pluralRules.get(lang) ?? pluralRules.set(lang, new Intl.PluralRules(lang)).get(lang)!).select(count)}`
      : '';
  const id = `${lang}\u0000${key}${suffix}`;
  let found = templates.get(id);
  if (found === undefined) {
    const [ns = '', path = ''] = key.split(':', 2);
    const at = (k: string): unknown => i18n.getResource(lang, ns, k);
    const value = (suffix ? (at(path + suffix) ?? at(`${path}_other`)) : undefined) ?? at(path);
    found = typeof value === 'string' ? value : null;
    templates.set(id, found);
  }
  return found;
}

/**
 * Translate outside React (d3 labels, pure layout code, a few thousand times per snapshot):
 * `tx('views:namespaces.processes', { count: 3 })`. Templates are looked up once per language and
 * filled in here ({{name}}, plurals by `count`); anything else goes to i18next's own t().
 */
export function tx(key: string, values: Values = {}): string {
  const lang = i18n.language;
  const found =
    template(lang, key, values['count']) ?? (lang === 'en' ? null : template('en', key, values['count']));
  if (found === null) return i18n.t(key, values);
  if (!found.includes('{{')) return found;
  return found.replace(/\{\{(\w+)\}\}/g, (whole, name: string) =>
    name in values ? String(values[name]) : whole,
  );
}
