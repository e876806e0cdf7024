import type { Problem } from '../api/problem';
import type { CaseAction, CasePriority, RiskFlag } from './intake-api.types';
import { emptyDraft, type IntakeDraft } from './intake-draft';

/** Where the send of the interview stands. */
export type SubmitState =
  | { status: 'idle' }
  | { status: 'sending' }
  /** `retryable`: the network or the server failed, the same request may be sent again. */
  | { status: 'failed'; problem: Problem; retryable: boolean };

/** What the interviewer is shown once the intake is recorded: no answer, no personal detail. */
export interface IntakeResult {
  intakeId: string;
  personId: string;
  returning: boolean;
  caseAction: CaseAction;
  priority: CasePriority;
  riskFlags: RiskFlag[];
  /** The server had recorded this request already (a retry of a send that had reached it). */
  replayed: boolean;
}

export interface IntakeSession {
  /** The staff member whose draft this is: another person signing in on this tab starts afresh. */
  owner: string | null;
  draft: IntakeDraft;
  /** One per draft: every send and retry of this interview carries it, so the server records it once. */
  idempotencyKey: string;
  step: number;
  /** Steps whose problems are shown: the interviewer has tried to leave them (or to send). */
  checkedSteps: number[];
  /** The API's field errors of the last send, by the API's field path. */
  apiErrors: Record<string, string>;
  submit: SubmitState;
  result: IntakeResult | null;
}

/** A random Idempotency-Key: a UUID (crypto.randomUUID needs a secure context; getRandomValues does not). */
export function newIdempotencyKey(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x40;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const hex = [...bytes].map((byte) => byte.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

const within = (path: string, prefix: string): boolean => path === prefix || path.startsWith(`${prefix}.`);

export interface IntakeStore {
  get(): IntakeSession;
  subscribe(listener: () => void): () => void;
  update(change: (session: IntakeSession) => IntakeSession): void;
  /** Changes what was typed; the API's errors about the fields changed (and what they hold) go. */
  edit(change: (draft: IntakeDraft) => IntakeDraft, fields: readonly string[]): void;
  /** The store for this staff member: a draft of someone else's is dropped. */
  claim(owner: string): void;
  /** A new, empty interview with a new Idempotency-Key (the last result is forgotten too). */
  reset(): void;
  /** The interview was recorded: what was typed is forgotten, the result kept to show. */
  finish(result: IntakeResult): void;
}

/**
 * The interview in progress, in this tab's memory only: never in localStorage or sessionStorage
 * (shared computers, people at risk). It outlives the screen, so leaving for another screen and
 * coming back (or a dropped network) loses nothing; a reload or sign-out ends it.
 */
export function createIntakeStore(newKey: () => string = newIdempotencyKey): IntakeStore {
  const fresh = (owner: string | null): IntakeSession => ({
    owner,
    draft: emptyDraft(),
    idempotencyKey: newKey(),
    step: 0,
    checkedSteps: [],
    apiErrors: {},
    submit: { status: 'idle' },
    result: null,
  });
  let session = fresh(null);
  const listeners = new Set<() => void>();
  const set = (next: IntakeSession) => {
    session = next;
    for (const listener of listeners) listener();
  };
  return {
    get: () => session,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    update: (change) => set(change(session)),
    edit(change, fields) {
      const apiErrors = Object.fromEntries(
        Object.entries(session.apiErrors).filter(([path]) => !fields.some((field) => within(path, field) || within(path.replace(/^person\.updates\./, 'person.'), field))),
      );
      set({ ...session, draft: change(session.draft), apiErrors });
    },
    claim(owner) {
      if (session.owner === null) session = { ...session, owner };
      else if (session.owner !== owner) set(fresh(owner));
    },
    reset: () => set(fresh(session.owner)),
    finish: (result) => set({ ...fresh(session.owner), result }),
  };
}

export const intakeStore = createIntakeStore();

// Signing out posts a form and leaves the page (which ends this memory anyway); forgetting the
// draft first leaves nothing behind even for the moment the next page takes to load.
if (typeof document !== 'undefined') {
  document.addEventListener('submit', (event) => {
    const form = event.target;
    if (form instanceof HTMLFormElement && new URL(form.action, window.location.href).pathname === '/auth/sign-out') intakeStore.reset();
  });
}
