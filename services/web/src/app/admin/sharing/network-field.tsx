import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Field } from '../../ui/field';

interface NetworkFieldProps {
  value: string;
  onChange: (network: string) => void;
  /** The centre's networks when known: a choice among them. */
  networks: readonly string[] | null;
  /** Networks seen in the centre's agreements: suggestions when the list is not known. */
  seen: readonly string[];
  error?: string | undefined;
}

/** The network the agreement is with: chosen from the centre's networks, or typed as its id. */
export function NetworkField({ value, onChange, networks, seen, error }: NetworkFieldProps) {
  const { t } = useTranslation('admin');
  const listId = useId();
  if (networks && networks.length > 0) {
    return (
      <Field label={t('sharing.form.network')} required error={error}>
        {(control) => (
          <select {...control} value={value} onChange={(event) => onChange(event.target.value)}>
            <option value="">{t('sharing.form.networkChoose')}</option>
            {networks.map((network) => (
              <option key={network} value={network}>
                {network}
              </option>
            ))}
          </select>
        )}
      </Field>
    );
  }
  return (
    <Field label={t('sharing.form.network')} hint={t('sharing.form.networkHint')} required error={error}>
      {(control) => (
        <>
          <input {...control} type="text" autoComplete="off" spellCheck={false} maxLength={40} list={seen.length > 0 ? listId : undefined} value={value} onChange={(event) => onChange(event.target.value)} />
          {seen.length > 0 ? (
            <datalist id={listId}>
              {seen.map((network) => (
                <option key={network} value={network} />
              ))}
            </datalist>
          ) : null}
        </>
      )}
    </Field>
  );
}
