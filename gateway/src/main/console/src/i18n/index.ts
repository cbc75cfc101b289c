import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';

import { en } from './en';
import { eventsEn } from './events.en';
import { eventsZh } from './events.zh';
import { fundingEn } from './funding.en';
import { fundingZh } from './funding.zh';
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
// each area's strings join the common ones key by key (deep), so an area adds nav and enum entries without replacing them
for (const [zhStrings, enStrings] of [[eventsZh, eventsEn], [fundingZh, fundingEn], [registerZh, registerEn]]) {
  i18n.addResourceBundle('zh', 'translation', zhStrings, true, false);
  i18n.addResourceBundle('en', 'translation', enStrings, true, false);
}

export default i18n;
