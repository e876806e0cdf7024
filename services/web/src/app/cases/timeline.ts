import type { AmountName, TimelineEntry, TimelineKind } from './case-api.types';
import {
  AMOUNT_LABEL,
  AUTHORITY_LABEL,
  CANCEL_REASON_LABEL,
  CLAIM_STATUS_LABEL,
  CLAIM_TYPE_LABEL,
  DECLINE_REASON_LABEL,
  HEARING_KIND_LABEL,
  HEARING_OUTCOME_LABEL,
  OUTCOME_LABEL,
  PRIORITY_LABEL,
  SERVICE_TYPE_LABEL,
  STATUS_LABEL,
  TASK_KIND_LABEL,
} from './case-labels';

/**
 * A timeline entry as the screen shows it: one translated sentence (`message`, a key of the cases
 * namespace) whose values are resolved by the screen: a code's label, a day, an amount, a member
 * of staff, or text staff wrote. The API's `detail` is each feature's own record, so it is read
 * defensively: what this app does not understand shows as a plain "something changed", never as
 * a raw code.
 */
export type TimelineValue =
  | { text: string }
  | { label: string }
  | { day: string }
  | { staff: string }
  | { amounts: { label: string; amount: string | null }[]; currency: string };

export interface TimelineItem {
  id: string;
  kind: TimelineKind;
  at: string;
  by: string | null;
  message: string;
  values: Record<string, TimelineValue>;
  /** A note's beginning, as the API gives it (only notes the viewer may see). */
  excerpt?: { text: string; truncated: boolean; restricted: boolean };
}

type Detail = Record<string, unknown>;

const text = (detail: Detail, name: string): string | null => {
  const value = detail[name];
  return typeof value === 'string' && value !== '' ? value : null;
};

/** The label key of a code, when the code is one of the map's. */
function labelOf<Code extends string>(labels: Readonly<Record<Code, string>>, value: unknown): { label: string } | null {
  return typeof value === 'string' && Object.hasOwn(labels, value) ? { label: labels[value as Code] } : null;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const dayOf = (detail: Detail, name: string): { day: string } | null => {
  const value = text(detail, name);
  return value && DAY.test(value) ? { day: value } : null;
};

const OTHER = (entry: TimelineEntry): TimelineItem => ({ id: entry.id, kind: entry.kind, at: entry.at, by: entry.by, message: 'timeline.other', values: {} });

function item(entry: TimelineEntry, message: string, values: Record<string, TimelineValue | null>): TimelineItem {
  // A value the sentence needs but the entry lacks makes the sentence wrong: say less instead.
  if (Object.values(values).some((value) => value === null)) return OTHER(entry);
  return { id: entry.id, kind: entry.kind, at: entry.at, by: entry.by, message, values: values as Record<string, TimelineValue> };
}

const STATUS_CHANGE_MESSAGE = {
  opened: 'timeline.status.opened',
  activated: 'timeline.status.activated',
  closed: 'timeline.status.closed',
  reopened: 'timeline.status.reopened',
  'returning-person': 'timeline.status.returning-person',
  'intake-attached': 'timeline.status.intake-attached',
  'closure-requested': 'timeline.status.closure-requested',
  'closure-rejected': 'timeline.status.closure-rejected',
  'closure-withdrawn': 'timeline.status.closure-withdrawn',
  'personal-data-erased': 'timeline.status.personal-data-erased',
} as const;

function statusItem(entry: TimelineEntry, detail: Detail): TimelineItem {
  const change = detail['change'];
  const message = typeof change === 'string' && Object.hasOwn(STATUS_CHANGE_MESSAGE, change) ? STATUS_CHANGE_MESSAGE[change as keyof typeof STATUS_CHANGE_MESSAGE] : null;
  const outcome = labelOf(OUTCOME_LABEL, detail['outcome']);
  switch (message) {
    case 'timeline.status.opened':
      return item(entry, message, { priority: labelOf(PRIORITY_LABEL, detail['priority']) });
    case 'timeline.status.closed':
    case 'timeline.status.closure-requested':
    case 'timeline.status.closure-rejected':
    case 'timeline.status.closure-withdrawn':
      return item(entry, message, { outcome });
    case null:
      return item(entry, 'timeline.status.changed', { status: labelOf(STATUS_LABEL, detail['to']) });
    default:
      return item(entry, message, {});
  }
}

function assignmentItem(entry: TimelineEntry, detail: Detail): TimelineItem {
  const to = text(detail, 'to');
  return to === null ? item(entry, 'timeline.assignment.none', {}) : item(entry, 'timeline.assignment.to', { staff: { staff: to } });
}

function consentItem(entry: TimelineEntry, detail: Detail): TimelineItem {
  if (detail['purpose'] !== 'statistics' || typeof detail['given'] !== 'boolean') return OTHER(entry);
  return item(entry, detail['given'] ? 'timeline.consent.statistics-given' : 'timeline.consent.statistics-withdrawn', {});
}

function serviceItem(entry: TimelineEntry, detail: Detail): TimelineItem {
  const type = labelOf(SERVICE_TYPE_LABEL, detail['type']);
  if (detail['event'] === 'voided') return item(entry, 'timeline.service.voided', { type, reason: { text: text(detail, 'reason') ?? '' } });
  if (detail['event'] === 'recorded') return item(entry, 'timeline.service.recorded', { type, day: dayOf(detail, 'deliveredOn') });
  return OTHER(entry);
}

function amountsValue(detail: Detail): TimelineValue | null {
  const currency = text(detail, 'currency');
  const amounts = detail['amounts'];
  if (!currency || typeof amounts !== 'object' || amounts === null) return null;
  const changed: { label: string; amount: string | null }[] = [];
  for (const [name, amount] of Object.entries(amounts as Record<string, unknown>)) {
    if (!Object.hasOwn(AMOUNT_LABEL, name) || (amount !== null && typeof amount !== 'string')) continue;
    changed.push({ label: AMOUNT_LABEL[name as AmountName], amount });
  }
  return changed.length > 0 ? { amounts: changed, currency } : null;
}

function claimItem(entry: TimelineEntry, detail: Detail): TimelineItem {
  switch (detail['step']) {
    case 'created':
      return item(entry, 'timeline.claim.created', { claimType: labelOf(CLAIM_TYPE_LABEL, detail['claimType']), authority: labelOf(AUTHORITY_LABEL, detail['authority']) });
    case 'status-changed':
      return item(entry, 'timeline.claim.status-changed', { from: labelOf(CLAIM_STATUS_LABEL, detail['from']), to: labelOf(CLAIM_STATUS_LABEL, detail['to']) });
    case 'amounts-changed':
      return item(entry, 'timeline.claim.amounts-changed', { amounts: amountsValue(detail) });
    case 'details-changed':
      return item(entry, 'timeline.claim.details-changed', {});
    case 'hearing-added':
      return item(entry, 'timeline.claim.hearing-added', { hearingKind: labelOf(HEARING_KIND_LABEL, detail['hearingKind']), day: dayOf(detail, 'on') });
    case 'hearing-outcome':
      return item(entry, 'timeline.claim.hearing-outcome', { outcome: labelOf(HEARING_OUTCOME_LABEL, detail['outcome']), day: dayOf(detail, 'on') });
    default:
      return OTHER(entry);
  }
}

function taskItem(entry: TimelineEntry, detail: Detail): TimelineItem {
  const title = text(detail, 'title');
  const values = { title: title === null ? labelOf(TASK_KIND_LABEL, detail['kind']) : { text: title } };
  switch (detail['event']) {
    case 'created':
      return item(entry, 'timeline.task.created', { ...values, day: dayOf(detail, 'dueOn') });
    case 'done':
      return item(entry, 'timeline.task.done', values);
    case 'cancelled':
      return item(entry, 'timeline.task.cancelled', values);
    default:
      return OTHER(entry);
  }
}

function noteItem(entry: TimelineEntry, detail: Detail): TimelineItem {
  const restricted = detail['visibility'] === 'restricted';
  const corrects = text(detail, 'corrects') !== null;
  const message = corrects ? (restricted ? 'timeline.note.restricted-correction' : 'timeline.note.correction') : restricted ? 'timeline.note.restricted' : 'timeline.note.centre';
  return {
    ...item(entry, message, {}),
    excerpt: { text: text(detail, 'excerpt') ?? '', truncated: detail['truncated'] === true, restricted },
  };
}

function transferItem(entry: TimelineEntry, detail: Detail): TimelineItem {
  const toCentre = text(detail, 'toCentre');
  const fromCentre = text(detail, 'fromCentre');
  // The receiving centre's case names where it came from; the origin's names where it went.
  if (fromCentre !== null) {
    if (detail['event'] === 'requested') return item(entry, 'timeline.transfer.received-request', { centre: { text: fromCentre } });
    if (detail['event'] === 'accepted') return item(entry, 'timeline.transfer.received-accepted', { centre: { text: fromCentre } });
    return OTHER(entry);
  }
  const centre = toCentre === null ? null : { text: toCentre };
  switch (detail['event']) {
    case 'requested':
      return item(entry, 'timeline.transfer.requested', { centre });
    case 'accepted':
      return item(entry, 'timeline.transfer.accepted', { centre });
    case 'declined':
      return item(entry, 'timeline.transfer.declined', { centre, reason: labelOf(DECLINE_REASON_LABEL, detail['declineReason']) });
    case 'cancelled':
      return item(entry, 'timeline.transfer.cancelled', { centre, reason: labelOf(CANCEL_REASON_LABEL, detail['cancelReason']) });
    default:
      return OTHER(entry);
  }
}

/** One API timeline entry as a sentence of the screen. */
export function timelineItem(entry: TimelineEntry): TimelineItem {
  const detail: Detail = entry.detail;
  switch (entry.kind) {
    case 'status':
      return statusItem(entry, detail);
    case 'assignment':
      return assignmentItem(entry, detail);
    case 'consent':
      return consentItem(entry, detail);
    case 'service':
      return serviceItem(entry, detail);
    case 'labour-claim':
      return claimItem(entry, detail);
    case 'task':
      return taskItem(entry, detail);
    case 'note':
      return noteItem(entry, detail);
    case 'transfer':
      return transferItem(entry, detail);
    case 'referral':
      return item(entry, 'timeline.referral', {});
  }
}

/** The timeline pages as one list, an entry repeated across pages (a page boundary moved) shown once. */
export function timelineItems(pages: readonly { items: readonly TimelineEntry[] }[]): TimelineItem[] {
  const seen = new Set<string>();
  const items: TimelineItem[] = [];
  for (const page of pages) {
    for (const entry of page.items) {
      if (seen.has(entry.id)) continue;
      seen.add(entry.id);
      items.push(timelineItem(entry));
    }
  }
  return items;
}
