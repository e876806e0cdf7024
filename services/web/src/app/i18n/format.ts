import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../session/session';
import { intlLocaleOf } from './languages';

/**
 * Dates, numbers and amounts in the person's language and the centre's time zone (a Tapachula
 * coordinator reading at midnight sees Tapachula's date, whatever the laptop's clock says).
 * Network roles have no centre: their zone is Mexico City's.
 */
export function useFormat() {
  const { i18n } = useTranslation();
  const session = useSession();
  const timeZone = session.centre?.timeZone ?? 'America/Mexico_City';
  const locale = intlLocaleOf(i18n.language);
  return useMemo(() => {
    const date = new Intl.DateTimeFormat(locale, { timeZone, dateStyle: 'medium' });
    const fullDate = new Intl.DateTimeFormat(locale, { timeZone, dateStyle: 'full' });
    const dateTime = new Intl.DateTimeFormat(locale, { timeZone, dateStyle: 'medium', timeStyle: 'short' });
    const time = new Intl.DateTimeFormat(locale, { timeZone, timeStyle: 'short' });
    // A calendar day names no instant: formatted at UTC midnight in UTC, it is never shifted a day.
    const day = new Intl.DateTimeFormat(locale, { timeZone: 'UTC', dateStyle: 'medium' });
    const number = new Intl.NumberFormat(locale);
    const list = new Intl.ListFormat(locale, { type: 'conjunction' });
    return {
      locale,
      timeZone,
      /** A date-time (ISO string or Date) as a date in the centre's zone. */
      date: (value: string | Date) => date.format(new Date(value)),
      /** A date-time's date in full, with its weekday ("martes, 24 de noviembre de 2026"), in the centre's zone. */
      fullDate: (value: string | Date) => fullDate.format(new Date(value)),
      /** A calendar day (YYYY-MM-DD) as written, never shifted by a zone. */
      day: (value: string) => day.format(new Date(`${value}T00:00:00Z`)),
      /** A date-time as date and time in the centre's zone. */
      dateTime: (value: string | Date) => dateTime.format(new Date(value)),
      /** A date-time's time of day in the centre's zone. */
      time: (value: string | Date) => time.format(new Date(value)),
      number: (value: number) => number.format(value),
      /** Words joined as the language joins them: "a, b y c", "a, b and c". */
      list: (items: readonly string[]) => list.format(items),
      /** An amount as the API gives it (a decimal string) in its currency. */
      money: (amount: string, currency: string) => new Intl.NumberFormat(locale, { style: 'currency', currency }).format(Number(amount)),
      /** Today's date (YYYY-MM-DD) in the centre's zone. */
      today: (now = new Date()) => todayIn(timeZone, now),
    };
  }, [locale, timeZone]);
}

/** Today's date (YYYY-MM-DD) in a time zone. */
export function todayIn(timeZone: string, now = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}
