import { CENTRE_STAFF_ROLES, type StaffRole } from '@corredor/contracts';

/** The languages notifications are written in; a centre gets the first of its own languages found here. */
export const NOTIFICATION_LANGUAGES = ['es', 'en', 'fr', 'ht'] as const;
export type NotificationLanguage = (typeof NOTIFICATION_LANGUAGES)[number];

export const NOTIFICATION_KINDS = [
  'case.opened',
  'case.high-risk',
  'case.closure-requested',
  'case.assigned',
  'case.task-due',
  'case.task-overdue',
  'case.transfer-requested',
  'case.transfer-accepted',
  'case.transfer-declined',
] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

export const NOTIFICATION_PRIORITIES = ['normal', 'high'] as const;
export type NotificationPriority = (typeof NOTIFICATION_PRIORITIES)[number];

/** What a title says: the event, never the person. A high-risk case's opening has a title of its own. */
type TitleKey = NotificationKind | 'case.opened.high-risk';

const TITLES: Record<TitleKey, Record<NotificationLanguage, string>> = {
  'case.opened': { es: 'Nuevo caso', en: 'New case', fr: 'Nouveau dossier', ht: 'Nouvo dosye' },
  'case.opened.high-risk': { es: 'Nuevo caso de alto riesgo', en: 'New high-risk case', fr: 'Nouveau dossier à haut risque', ht: 'Nouvo dosye ki gen gwo risk' },
  'case.high-risk': { es: 'Caso de alto riesgo', en: 'High-risk case', fr: 'Dossier à haut risque', ht: 'Dosye ki gen gwo risk' },
  'case.closure-requested': {
    es: 'Cierre pendiente de visto bueno',
    en: 'Closure awaiting sign-off',
    fr: 'Clôture en attente de validation',
    ht: 'Fèmti dosye ap tann apwobasyon',
  },
  'case.assigned': { es: 'Se te asignó un caso', en: 'A case was assigned to you', fr: 'Un dossier vous a été attribué', ht: 'Yo ba ou yon dosye' },
  'case.task-due': { es: 'Tarea para hoy', en: 'Task due today', fr: "Tâche à faire aujourd'hui", ht: 'Tach pou jodi a' },
  'case.task-overdue': { es: 'Tarea vencida', en: 'Overdue task', fr: 'Tâche en retard', ht: 'Tach an reta' },
  'case.transfer-requested': { es: 'Solicitud de transferencia de caso', en: 'Case transfer request', fr: 'Demande de transfert de dossier', ht: 'Demann transfè dosye' },
  'case.transfer-accepted': { es: 'Transferencia aceptada', en: 'Transfer accepted', fr: 'Transfert accepté', ht: 'Transfè aksepte' },
  'case.transfer-declined': { es: 'Transferencia rechazada', en: 'Transfer declined', fr: 'Transfert refusé', ht: 'Transfè refize' },
};

/** Who a notification is for: staff holding one of the roles, and/or one member of staff. */
export interface Audience {
  roles: StaffRole[];
  userId: string | null;
}

export const AUDIENCES = {
  everyone: (): Audience => ({ roles: [...CENTRE_STAFF_ROLES], userId: null }),
  coordinators: (): Audience => ({ roles: ['coordinator'], userId: null }),
  user: (userId: string): Audience => ({ roles: [], userId }),
};

/** The member of staff reading notifications. */
export interface NotificationViewer {
  userId: string;
  roles: readonly string[];
}

/** Something the centre's staff should know about. Titles name the event, never the person. */
export interface Notification {
  id: string;
  tenant: string;
  kind: NotificationKind;
  title: string;
  /** The language of `title`. */
  language: NotificationLanguage;
  priority: NotificationPriority;
  audience: Audience;
  /** The case at this centre it is about; null for a transfer request (the case is still the other centre's). */
  caseId: string | null;
  taskId: string | null;
  transferId: string | null;
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

/** Whether the viewer is among those a notification is for. */
export function isAddressedTo(notification: Pick<Notification, 'audience'>, viewer: NotificationViewer): boolean {
  return notification.audience.userId === viewer.userId || notification.audience.roles.some((role) => viewer.roles.includes(role));
}

export interface NotificationInput {
  id: string;
  tenant: string;
  kind: NotificationKind;
  /** Set for a high-risk case's opening. */
  highRisk?: boolean;
  priority: NotificationPriority;
  audience: Audience;
  subject: { caseId?: string; taskId?: string; transferId?: string };
  sourceEventId: string;
  now: Date;
  centreLanguages: readonly string[];
}

export function notification(input: NotificationInput): Notification {
  const language = notificationLanguageFor(input.centreLanguages);
  const titleKey: TitleKey = input.kind === 'case.opened' && input.highRisk ? 'case.opened.high-risk' : input.kind;
  return {
    id: input.id,
    tenant: input.tenant,
    kind: input.kind,
    title: TITLES[titleKey][language],
    language,
    priority: input.priority,
    audience: input.audience,
    caseId: input.subject.caseId ?? null,
    taskId: input.subject.taskId ?? null,
    transferId: input.subject.transferId ?? null,
    sourceEventId: input.sourceEventId,
    createdAt: input.now,
    readBy: [],
  };
}

/** The notification of a new case, for everyone at the centre. */
export function newCaseNotification(input: { id: string; tenant: string; caseId: string; sourceEventId: string; now: Date; centreLanguages: readonly string[]; highRisk?: boolean }): Notification {
  return notification({
    id: input.id,
    tenant: input.tenant,
    kind: 'case.opened',
    highRisk: input.highRisk ?? false,
    priority: input.highRisk ? 'high' : 'normal',
    audience: AUDIENCES.everyone(),
    subject: { caseId: input.caseId },
    sourceEventId: input.sourceEventId,
    now: input.now,
    centreLanguages: input.centreLanguages,
  });
}
