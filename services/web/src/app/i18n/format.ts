import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../session/session';

const LOCALES: Record<string, string> = { es: 'es-MX', en: 'en-US', ht: 'ht-HT', fr: 'fr-FR' };

/**
 * Dates, numbers and amounts in the person's language and the centre's time zone (a Tapachula
 * coordinator reading at midnight sees Tapachula's date, whatever the laptop's clock says).
 */
export function useFormat() {
  const { i18n } = useTranslation();
  const session = useSession();
  const timeZone = session.centre?.timeZone ?? 'America/Mexico_City';
  const locale = LOCALES[i18n.language] ?? i18n.language;
  return useMemo(() => {
    const date = new Intl.DateTimeFormat(locale, { timeZone, dateStyle: 'medium' });
    const dateTime = new Intl.DateTimeFormat(locale, { timeZone, dateStyle: 'medium', timeStyle: 'short' });
    const number = new Intl.NumberFormat(locale);
    return {
      locale,
      timeZone,
      /** A date-time (ISO string or Date) as a date in the centre's zone. */
      date: (value: string | Date) => date.format(new Date(value)),
      /** A calendar day (YYYY-MM-DD) as written, never shifted by a zone. */
      day: (value: string) => new Intl.DateTimeFormat(locale, { timeZone: 'UTC', dateStyle: 'medium' }).format(new Date(`${value}T00:00:00Z`)),
      dateTime: (value: string | Date) => dateTime.format(new Date(value)),
      number: (value: number) => number.format(value),
      /** An amount as the API gives it (a decimal string) in its currency. */
      money: (amount: string, currency: string) =>
        new Intl.NumberFormat(locale, { style: 'currency', currency }).format(Number(amount)),
    };
  }, [locale, timeZone]);
}

/** Today's date (YYYY-MM-DD) in a time zone. */
export function todayIn(timeZone: string, now = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}
