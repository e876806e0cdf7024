import { ApiError, type Problem } from '../api/problem';
import type { Language } from '../i18n/languages';
import { csrfToken, signInAgain } from './session-state';

/**
 * Keeps the person's language for their next sign-in, on any computer (PUT /auth/preferences on
 * this app's server). Throws ApiError when it could not be kept; an expired session signs in again.
 */
export async function saveLanguage(language: Language): Promise<void> {
  let response: Response;
  try {
    response = await fetch('/auth/preferences', {
      method: 'PUT',
      credentials: 'same-origin',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json', 'X-CSRF-Token': csrfToken() },
      body: JSON.stringify({ language }),
    });
  } catch {
    throw new ApiError({ status: 0, title: 'network error' });
  }
  if (response.status === 401) return signInAgain();
  if (!response.ok) throw new ApiError(await problemOfResponse(response));
}

async function problemOfResponse(response: Response): Promise<Problem> {
  try {
    const body: unknown = await response.json();
    if (typeof body === 'object' && body !== null && 'status' in body) return body as Problem;
  } catch {
    // Not a problem document: the status says enough.
  }
  return { status: response.status, title: response.statusText };
}
