import { createContext, useCallback, useContext, useMemo, type ReactNode } from 'react';
import type { SessionInfo } from './session-state';

const SessionContext = createContext<SessionInfo | null>(null);

export function SessionProvider({ session, children }: { session: SessionInfo; children: ReactNode }) {
  return <SessionContext.Provider value={session}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionInfo {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession outside SessionProvider');
  return session;
}

/**
 * Whether the person's roles may call a route, from the same access matrix the services enforce:
 * `can('case', 'POST /cases/:id/close')`. Screens show only what this allows; rules that depend
 * on the record (a restricted note, a high-priority closure) are the service's answer.
 */
export function useCan(): (service: string, route: string) => boolean {
  const { allowed } = useSession();
  const set = useMemo(() => new Set(allowed), [allowed]);
  return useCallback((service: string, route: string) => set.has(`${service} ${route}`), [set]);
}
