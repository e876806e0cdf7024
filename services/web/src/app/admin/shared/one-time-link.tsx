import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/format';
import { StatusMessage } from './status-message';

interface OneTimeLinkProps {
  /** Who the link is for. */
  name: string;
  url: string;
  expiresAt: string;
  onDone: () => void;
  /** The heading's level under the section it appears in. */
  level?: 2 | 3 | 4;
}

/**
 * An invitation link, shown once: the service keeps only its hash and sends no email, so the
 * coordinator copies it and hands it over. Focus moves to it when it appears.
 */
export function OneTimeLink({ name, url, expiresAt, onDone, level = 3 }: OneTimeLinkProps) {
  const { t } = useTranslation('admin');
  const format = useFormat();
  const headingId = useId();
  const inputId = useId();
  const hintId = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  const input = useRef<HTMLInputElement>(null);
  const [copied, setCopied] = useState<string | null>(null);
  const Heading = level === 2 ? 'h2' : level === 3 ? 'h3' : 'h4';

  useEffect(() => {
    heading.current?.focus();
  }, [url]);

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(url);
      setCopied(t('link.copied'));
    } catch {
      // Without clipboard access (a page not served over HTTPS): the link is selected for Ctrl+C.
      input.current?.select();
      setCopied(t('link.copyByHand'));
    }
  };

  return (
    <section className="admin-one-time-link" aria-labelledby={headingId}>
      <Heading id={headingId} ref={heading} tabIndex={-1}>
        {t('link.title', { name })}
      </Heading>
      <p id={hintId}>{t('link.explanation', { name, expires: format.dateTime(expiresAt) })}</p>
      <div className="field">
        <label htmlFor={inputId}>{t('link.label')}</label>
        <input id={inputId} ref={input} type="text" readOnly value={url} aria-describedby={hintId} onFocus={(event) => event.currentTarget.select()} className="admin-link-input" />
      </div>
      <div className="admin-actions">
        <button type="button" onClick={() => void copy()}>
          {t('link.copy')}
        </button>
        <button type="button" className="secondary" onClick={onDone}>
          {t('link.done')}
        </button>
      </div>
      <StatusMessage>{copied}</StatusMessage>
    </section>
  );
}
