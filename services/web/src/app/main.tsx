import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode, Suspense } from 'react';
import { createRoot } from 'react-dom/client';
import { createBrowserRouter, RouterProvider } from 'react-router';
import { ApiError } from './api/problem';
import { startI18n } from './i18n/i18n';
import { routes } from './routes';
import { SessionProvider } from './session/session';
import { setSession, signInAgain, type SessionInfo } from './session/session-state';
import './styles.css';

async function start(): Promise<void> {
  const response = await fetch('/auth/session', { credentials: 'same-origin', headers: { Accept: 'application/json' } });
  if (response.status === 401) return signInAgain();
  if (!response.ok) throw new Error(`session: HTTP ${response.status}`);
  const session = (await response.json()) as SessionInfo;
  setSession(session);
  document.documentElement.lang = session.language;
  await startI18n(session.language);
  const queries = new QueryClient({
    defaultOptions: {
      queries: {
        // A 4xx will not get better by asking again; a dropped network may.
        retry: (count, error) => count < 2 && !(error instanceof ApiError && error.status >= 400 && error.status < 500),
        staleTime: 15_000,
      },
    },
  });
  const root = document.getElementById('root');
  if (!root) throw new Error('no #root');
  createRoot(root).render(
    <StrictMode>
      <SessionProvider session={session}>
        <QueryClientProvider client={queries}>
          <Suspense fallback={null}>
            <RouterProvider router={createBrowserRouter(routes)} />
          </Suspense>
        </QueryClientProvider>
      </SessionProvider>
    </StrictMode>,
  );
}

void start();
