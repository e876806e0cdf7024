import { useTranslation } from 'react-i18next';
import { csrfToken } from '../session/session-state';

/** Sign-out ends this app's session and the provider's (the server answers with where to go). */
export function SignOut() {
  const { t } = useTranslation('common');
  // A real form post: it works without script state, and the CSRF token goes in the body.
  return (
    <form method="post" action="/auth/sign-out" className="sign-out">
      <input type="hidden" name="csrfToken" value={csrfToken()} />
      <button type="submit">{t('signOut')}</button>
    </form>
  );
}
