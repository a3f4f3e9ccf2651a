// The classroom's strings: react-i18next bound to the page's i18next instance, namespace
// 'classroom' (src/ui/i18n/locales/<lang>/classroom.json).

import { useTranslation } from 'react-i18next';
import type { Lang } from '../../course/types';
import { i18n } from '../i18n';

export function useClassroomT() {
  const { t, i18n: instance } = useTranslation('classroom', { i18n });
  const lang: Lang = instance.language === 'zh-CN' ? 'zh-CN' : 'en';
  return { t, lang };
}
