import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';

import { en } from './en';
import { registerEn } from './register.en';
import { registerZh } from './register.zh';
import { zh } from './zh';

export type Language = 'zh' | 'en';
const KEY = 'console.language';

export function storedLanguage(): Language {
  return localStorage.getItem(KEY) === 'en' ? 'en' : 'zh';
}

export function setLanguage(language: Language): void {
  localStorage.setItem(KEY, language);
  void i18n.changeLanguage(language);
  document.documentElement.lang = language === 'zh' ? 'zh-CN' : 'en';
}

void i18n.use(initReactI18next).init({
  resources: { zh: { translation: zh }, en: { translation: en } },
  lng: storedLanguage(),
  fallbackLng: 'zh',
  interpolation: { escapeValue: false },
});

// each area's strings merged in (deep, never overwriting the shared ones)
for (const [language, strings] of [['zh', registerZh], ['en', registerEn]] as const) i18n.addResourceBundle(language, 'translation', strings, true, false);

export default i18n;
