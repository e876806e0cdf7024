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

/**
 * Starts the app: who is signed in (or off to sign in), their language's common strings, then the
 * screens. If the server cannot be reached before any strings are loaded, a short message in the
 * corridor's two most common languages says so, with a way to try again.
 */
async function start(root: HTMLElement): Promise<void> {
  const response = await fetch('/auth/session', { credentials: 'same-origin', headers: { Accept: 'application/json' } });
  if (response.status === 401) return signInAgain();
  if (!response.ok) throw new Error(`session: HTTP ${response.status}`);
  const session = (await response.json()) as SessionInfo;
  setSession(session);
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

function cannotStart(root: HTMLElement): void {
  const message = document.createElement('p');
  message.setAttribute('role', 'alert');
  message.lang = 'es';
  message.textContent = 'No hay conexión con el servidor.';
  const english = document.createElement('span');
  english.lang = 'en';
  english.textContent = ' The server cannot be reached.';
  message.append(english);
  const retry = document.createElement('button');
  retry.type = 'button';
  retry.textContent = 'Reintentar · Try again';
  retry.addEventListener('click', () => window.location.reload());
  const main = document.createElement('main');
  main.className = 'starting';
  main.append(message, retry);
  root.replaceChildren(main);
}

const root = document.getElementById('root');
if (root) start(root).catch(() => cannotStart(root));
