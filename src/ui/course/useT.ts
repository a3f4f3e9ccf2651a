// The course panel's strings: react-i18next bound to the page's i18next instance, namespace
// `course` (src/ui/i18n/locales/<lang>/course.json).

import { useTranslation } from 'react-i18next';
import { i18n } from '../i18n';

export function useCourseT() {
  return useTranslation('course', { i18n });
}
