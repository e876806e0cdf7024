import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../i18n/format';
import { languageKey, SERVICE_LABEL, type PartnerService } from './partner-labels';

/** The directory's words in the person's language: services, and languages by our names or the browser's. */
export function usePartnerText() {
  const { t, i18n } = useTranslation('partners');
  const { locale } = useFormat();
  return useMemo(() => {
    let names: Intl.DisplayNames | null = null;
    try {
      names = new Intl.DisplayNames(i18n.language === 'ht' ? [locale, 'fr'] : [locale], { type: 'language', fallback: 'none' });
    } catch {
      names = null;
    }
    const language = (code: string): string => {
      const key = languageKey(code);
      if (key) return t(key);
      try {
        return names?.of(code) ?? code;
      } catch {
        return code;
      }
    };
    return { t, service: (service: PartnerService) => t(SERVICE_LABEL[service]), language };
  }, [t, i18n.language, locale]);
}

export type PartnerText = ReturnType<typeof usePartnerText>;
