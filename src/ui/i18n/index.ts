// The page's languages (i18next + react-i18next): English and 简体中文. Every string the page shows
// comes from src/ui/i18n/locales/<lang>/<namespace>.json; each part of the page owns a namespace
// (common, workbench, views, course, classroom, storage…), so parts are translated independently.
// The language choice is a preference (prefs.lang); changing it re-renders in place, so the
// learner keeps their place (lesson, step, terminal, world).
// Simplification: both languages are bundled (a few KB); no language is fetched on demand.

import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';

export const UI_LANGS = ['en', 'zh-CN'] as const;
export type UiLang = (typeof UI_LANGS)[number];

const files = import.meta.glob<Record<string, unknown>>('./locales/*/*.json', {
  eager: true,
  import: 'default',
});

type Resources = Record<string, Record<string, Record<string, unknown>>>;

/** locales/<lang>/<ns>.json → { lang: { ns: strings } }. */
export function gatherResources(found: Readonly<Record<string, Record<string, unknown>>>): Resources {
  const out: Resources = {};
  for (const [path, strings] of Object.entries(found)) {
    const [, lang, ns] = /\/locales\/([^/]+)\/([^/]+)\.json$/.exec(path) ?? [];
    if (lang === undefined || ns === undefined) continue;
    (out[lang] ??= {})[ns] = strings;
  }
  return out;
}

export const resources = gatherResources(files);

/** The browser's preferred language among ours (zh, zh-Hans, zh-CN → zh-CN), else English. */
export function detectLang(languages: readonly string[]): UiLang {
  for (const l of languages) {
    const lower = l.toLowerCase();
    if (lower === 'zh' || lower.startsWith('zh-cn') || lower.startsWith('zh-hans') || lower === 'zh-sg')
      return 'zh-CN';
    if (lower.startsWith('en')) return 'en';
  }
  return 'en';
}

export const i18n = i18next.createInstance();
void i18n.use(initReactI18next).init({
  resources,
  lng: 'en',
  fallbackLng: 'en',
  supportedLngs: [...UI_LANGS],
  defaultNS: 'common',
  ns: Object.keys(resources.en ?? {}),
  interpolation: { escapeValue: false },
  returnNull: false,
  initAsync: false,
});

/** Switches the page's language: strings re-render, <html lang> follows. */
export function setLanguage(lang: UiLang): void {
  void i18n.changeLanguage(lang);
  if (typeof document !== 'undefined') document.documentElement.lang = lang;
}
