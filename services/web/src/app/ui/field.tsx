import { useId, type ReactNode } from 'react';

interface FieldProps {
  label: string;
  /** The API's or the form's message for this field; announced with it. */
  error?: string | undefined;
  hint?: string | undefined;
  required?: boolean;
  /** Renders the control with the ids it must carry. */
  children: (control: { id: string; 'aria-describedby': string | undefined; 'aria-invalid': boolean; required: boolean }) => ReactNode;
}

/** A labelled form control with its hint and error tied to it (WCAG 1.3.1, 3.3.1). */
export function Field({ label, error, hint, required = false, children }: FieldProps) {
  const id = useId();
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  return (
    <div className={error ? 'field field-invalid' : 'field'}>
      <label htmlFor={id}>
        {label}
        {required ? <span aria-hidden="true"> *</span> : null}
      </label>
      {hint ? (
        <p id={hintId} className="field-hint">
          {hint}
        </p>
      ) : null}
      {children({ id, 'aria-describedby': describedBy, 'aria-invalid': Boolean(error), required })}
      {error ? (
        <p id={errorId} className="field-error">
          {error}
        </p>
      ) : null}
    </div>
  );
}
