import { useQuery } from '@tanstack/react-query';
import { useCallback, useEffect, useId, useMemo, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api/clients';
import { fieldErrors, unwrap } from '../api/problem';
import { useFormat } from '../i18n/format';
import { useCan, useSession } from '../session/session';
import { ErrorMessage } from '../ui/query-state';
import { apiErrorLabel } from './case-errors';
import type { FormErrors } from './form-rules';

/** A refusal explained in the person's language when this area knows its code; else the shared message. */
export function CaseError({ error }: { error: unknown }) {
  const { t } = useTranslation('cases');
  const key = apiErrorLabel(error);
  if (key === null) return <ErrorMessage error={error} />;
  return (
    <p role="alert" className="error-message">
      {t(key)}
    </p>
  );
}

/** What a section says it did, and whether that message takes the focus. */
export interface DoneState {
  message: string | null;
  /** Raised each time the message must take the focus. */
  focusKey: number;
}

export type ShowDone = (message: string | null, options?: { focus?: boolean }) => void;

/**
 * A section's "done" message. `show(message, { focus: true })` for actions whose control
 * disappears once done (a task marked done, a closure signed off), so keyboard users are not left
 * on nothing; forms opened by a Disclosure get the focus back on their button instead.
 */
export function useDone(): [DoneState, ShowDone] {
  const [state, setState] = useState<DoneState>({ message: null, focusKey: 0 });
  const show = useCallback<ShowDone>((message, options) => setState((current) => ({ message, focusKey: options?.focus ? current.focusKey + 1 : current.focusKey })), []);
  return [state, show];
}

/** A polite announcement that something was done ("Service recorded"), read out without moving focus unless asked. */
export function Done({ message, focusKey }: DoneState) {
  const ref = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (focusKey > 0) ref.current?.focus();
  }, [focusKey]);
  return (
    <p ref={ref} role="status" className="case-done" tabIndex={-1}>
      {message}
    </p>
  );
}

/**
 * An inline form or detail opened by a button (no modal: nothing to trap, the page's order stays
 * the reading order). Opening moves focus to the first control in it; closing puts it back on the
 * button, so keyboard users never lose their place.
 */
export function Disclosure({
  label,
  open,
  onOpenChange,
  onOpen,
  children,
}: {
  label: string;
  open: boolean;
  onOpenChange: (open: boolean) => void;
  /** Called as it opens: a section clears its last "done" message, so the next one is news. */
  onOpen?: () => void;
  children: ReactNode;
}) {
  const id = useId();
  const button = useRef<HTMLButtonElement>(null);
  const region = useRef<HTMLDivElement>(null);
  const wasOpen = useRef(open);
  useEffect(() => {
    if (open && !wasOpen.current) region.current?.querySelector<HTMLElement>('input, select, textarea, button')?.focus();
    if (!open && wasOpen.current) button.current?.focus();
    wasOpen.current = open;
  }, [open]);
  return (
    <div className="disclosure">
      <button ref={button} type="button" className="secondary" aria-expanded={open} aria-controls={id} onClick={() => {
          if (!open) onOpen?.();
          onOpenChange(!open);
        }}
      >
        {label}
      </button>
      <div id={id} ref={region} hidden={!open} className="disclosure-body">
        {open ? children : null}
      </div>
    </div>
  );
}

/**
 * The message to show next to a field: the form's own (translated) first, else the API's field
 * error for it or for a part of it (`due.dueOn` shows on `due`).
 */
export function useFieldErrors(formErrors: FormErrors, apiError: unknown): (name: string) => string | undefined {
  const { t } = useTranslation('cases');
  const fromApi = fieldErrors(apiError);
  return (name) => {
    const own = formErrors[name];
    if (own) return own.values ? t(own.key, own.values) : t(own.key);
    const exact = fromApi[name];
    if (exact) return exact;
    const nested = Object.entries(fromApi).find(([field]) => field.startsWith(`${name}.`));
    return nested?.[1];
  };
}

/** The summary of a form's errors, focused when a submission fails, so a screen-reader user hears why. */
export function FormProblems({ count, focusKey }: { count: number; focusKey: number }) {
  const { t } = useTranslation('cases');
  const ref = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (count > 0) ref.current?.focus();
  }, [count, focusKey]);
  if (count === 0) return null;
  return (
    <p ref={ref} tabIndex={-1} role="alert" className="error-message">
      {t('form.problems', { count })}
    </p>
  );
}

/**
 * Names of the centre's staff for the ids records hold (assignee, who did what). Coordinators read
 * the staff list; for others this centre's API offers no names, so anyone but themselves shows as
 * "a colleague".
 */
export function useStaffName(): (id: string | null) => string {
  const { t } = useTranslation('cases');
  const session = useSession();
  const can = useCan();
  const mayList = can('centre', 'GET /staff');
  const staff = useQuery({
    queryKey: ['centre', 'staff'],
    queryFn: () => unwrap(api.centre.GET('/staff', { params: { query: { limit: 200 } } })),
    enabled: mayList,
    staleTime: 5 * 60_000,
  });
  const names = useMemo(() => new Map((staff.data?.items ?? []).map((account) => [account.id, account.name])), [staff.data]);
  const me = session.user.id;
  const myName = session.user.name;
  return useCallback(
    (id: string | null) => {
      if (id === null) return t('staff.nobody');
      // Their own name rather than "you": it reads right in every sentence of every language.
      if (id === me) return myName ?? t('staff.you');
      return names.get(id) ?? t('staff.colleague');
    },
    [t, me, myName, names],
  );
}

/** The centre's staff a case or task can be given to (coordinators only read the list). */
export function useAssignableStaff(): { id: string; name: string }[] {
  const can = useCan();
  const staff = useQuery({
    queryKey: ['centre', 'staff'],
    queryFn: () => unwrap(api.centre.GET('/staff', { params: { query: { limit: 200 } } })),
    enabled: can('centre', 'GET /staff'),
    staleTime: 5 * 60_000,
  });
  return (staff.data?.items ?? []).filter((account) => account.status === 'active').map((account) => ({ id: account.id, name: account.name }));
}

/**
 * A language's name in the reader's language ("créole haïtien", "Haitian Creole"), in the locale
 * the app formats that language with (ht as fr-HT: browsers have no Kreyòl names); the code when
 * Intl does not know it.
 */
export function useLanguageName(): (code: string) => string {
  const { locale } = useFormat();
  const names = useMemo(() => {
    try {
      return new Intl.DisplayNames([locale, 'en'], { type: 'language', fallback: 'code' });
    } catch {
      return null;
    }
  }, [locale]);
  return useCallback(
    (code: string) => {
      try {
        return names?.of(code) ?? code;
      } catch {
        return code;
      }
    },
    [names],
  );
}

/** A "show more" button for cursor-paged lists. */
export function LoadMore({ hasMore, loading, onLoad, label }: { hasMore: boolean; loading: boolean; onLoad: () => void; label: string }) {
  const { t } = useTranslation('cases');
  if (!hasMore) return null;
  return (
    <p className="load-more">
      <button type="button" className="secondary" onClick={onLoad} disabled={loading} aria-busy={loading}>
        {loading ? t('list.loadingMore') : label}
      </button>
    </p>
  );
}

/** A section of the case page: its h2 is what the in-page navigation and screen readers jump to. */
export function CaseSection({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section id={`case-${id}`} className="case-section" aria-labelledby={`case-${id}-title`}>
      <h2 id={`case-${id}-title`}>{title}</h2>
      {children}
    </section>
  );
}
