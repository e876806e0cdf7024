import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { switchLanguage } from '../i18n/i18n';
import { isLanguage, LANGUAGE_NAMES, LANGUAGES } from '../i18n/languages';
import { saveLanguage } from '../session/preferences';
import { Status } from '../ui/status';

/**
 * The person's language: switched at once (its strings load first), then kept by the server for
 * their next sign-in. If it could not be kept, they are told so, in the new language.
 */
export function LanguagePicker() {
  const { t, i18n } = useTranslation('common');
  const id = useId();
  const [notKept, setNotKept] = useState(false);
  const change = async (language: string) => {
    if (!isLanguage(language)) return;
    setNotKept(false);
    await switchLanguage(language);
    try {
      await saveLanguage(language);
    } catch {
      setNotKept(true);
    }
  };
  return (
    <div className="language-picker">
      <label htmlFor={id}>{t('language')}</label>
      <select id={id} value={i18n.resolvedLanguage ?? i18n.language} onChange={(event) => void change(event.target.value)}>
        {LANGUAGES.map((language) => (
          <option key={language} value={language} lang={language}>
            {LANGUAGE_NAMES[language]}
          </option>
        ))}
      </select>
      <Status message={notKept ? t('languageNotKept') : ''} />
    </div>
  );
}
