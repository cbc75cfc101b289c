import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';

import { en } from './en';
import { fundingEn } from './funding.en';
import { fundingZh } from './funding.zh';
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

// each area's strings join the common ones key by key (deep), so an area adds nav and enum entries without replacing them
[['zh', fundingZh], ['en', fundingEn]].forEach(([lng, strings]) => i18n.addResourceBundle(lng as string, 'translation', strings, true, false));

export default i18n;
