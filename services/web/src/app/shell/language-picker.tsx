import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { csrfToken } from '../session/session-state';
import { isLanguage, LANGUAGE_NAMES, LANGUAGES } from '../i18n/languages';

/** The person's language: switched at once, and kept by the server for their next sign-in. */
export function LanguagePicker() {
  const { t, i18n } = useTranslation('common');
  const id = useId();
  const change = async (language: string) => {
    if (!isLanguage(language)) return;
    await i18n.changeLanguage(language);
    document.documentElement.lang = language;
    await fetch('/auth/preferences', {
      method: 'PUT',
      credentials: 'same-origin',
      headers: { 'Content-Type': 'application/json', 'X-CSRF-Token': csrfToken() },
      body: JSON.stringify({ language }),
    });
  };
  return (
    <div className="language-picker">
      <label htmlFor={id}>{t('language')}</label>
      <select id={id} value={i18n.language} onChange={(event) => void change(event.target.value)}>
        {LANGUAGES.map((language) => (
          <option key={language} value={language} lang={language}>
            {LANGUAGE_NAMES[language]}
          </option>
        ))}
      </select>
    </div>
  );
}
