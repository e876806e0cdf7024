/** The languages notifications are written in; a centre gets the first of its own languages found here. */
export const NOTIFICATION_LANGUAGES = ['es', 'en', 'fr', 'ht'] as const;
export type NotificationLanguage = (typeof NOTIFICATION_LANGUAGES)[number];

const NEW_CASE_TITLES: Record<NotificationLanguage, string> = {
  es: 'Nuevo caso',
  en: 'New case',
  fr: 'Nouveau dossier',
  ht: 'Nouvo dosye',
};

/** Something the centre's staff should know about. Titles name the event, never the person. */
export interface Notification {
  id: string;
  tenant: string;
  kind: 'case.opened';
  title: string;
  /** The language of `title`. */
  language: NotificationLanguage;
  caseId: string;
  /** The event that caused it: one notification per event, however often it is delivered. */
  sourceEventId: string;
  createdAt: Date;
  /** Staff (user ids) who have read it. */
  readBy: string[];
}

const isNotificationLanguage = (code: string): code is NotificationLanguage => (NOTIFICATION_LANGUAGES as readonly string[]).includes(code);

/** The centre's first language that notifications are written in; Spanish, the corridor's common language, otherwise. */
export function notificationLanguageFor(centreLanguages: readonly string[]): NotificationLanguage {
  return centreLanguages.find(isNotificationLanguage) ?? 'es';
}

export function newCaseNotification(input: {
  id: string;
  tenant: string;
  caseId: string;
  sourceEventId: string;
  now: Date;
  centreLanguages: readonly string[];
}): Notification {
  const language = notificationLanguageFor(input.centreLanguages);
  return {
    id: input.id,
    tenant: input.tenant,
    kind: 'case.opened',
    title: NEW_CASE_TITLES[language],
    language,
    caseId: input.caseId,
    sourceEventId: input.sourceEventId,
    createdAt: input.now,
    readBy: [],
  };
}
