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

/** Translate outside React (d3 labels, pure layout code): `tx('views:namespaces.host', {...})`. */
export const tx = (key: string, options: Record<string, unknown> = {}): string => i18n.t(key, options);
