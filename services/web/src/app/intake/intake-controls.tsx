import { useId, type HTMLAttributes, type ReactNode } from 'react';
import { Field } from '../ui/field';

/**
 * The interview's form controls. Each carries `data-field` with the API's field path, so an error
 * summary (or the API's field error) can take the interviewer to it; labels are always visible.
 */

interface BaseProps {
  path: string;
  label: string;
  hint?: string | undefined;
  error?: string | undefined;
  required?: boolean;
}

export function TextInput({
  path,
  label,
  hint,
  error,
  required = false,
  value,
  onChange,
  type = 'text',
  inputMode,
  autoComplete = 'off',
  className,
}: BaseProps & {
  value: string;
  onChange: (value: string) => void;
  type?: 'text' | 'date' | 'email' | 'tel';
  inputMode?: HTMLAttributes<HTMLInputElement>['inputMode'];
  autoComplete?: string;
  className?: string;
}) {
  return (
    <Field label={label} hint={hint} error={error} required={required}>
      {(control) => (
        <input
          {...control}
          className={className}
          data-field={path}
          type={type}
          value={value}
          inputMode={inputMode}
          autoComplete={autoComplete}
          spellCheck={false}
          onChange={(event) => onChange(event.target.value)}
        />
      )}
    </Field>
  );
}

export interface Option<T extends string = string> {
  value: T;
  label: string;
}

/** A select of codes: `onChange` gets one of the options' values (typed), or '' for "Choose…". */
export function SelectInput<T extends string = string>({
  path,
  label,
  hint,
  error,
  required = false,
  value,
  onChange,
  placeholder,
  options = [],
  groups = [],
}: BaseProps & {
  value: T | '';
  onChange: (value: T | '') => void;
  /** The first, empty choice ("Choose…"). */
  placeholder: string;
  options?: ReadonlyArray<Option<T>>;
  groups?: ReadonlyArray<{ label: string; options: ReadonlyArray<Option<T>> }>;
}) {
  const pick = (chosen: string) => onChange([...options, ...groups.flatMap((group) => group.options)].find((option) => option.value === chosen)?.value ?? '');
  return (
    <Field label={label} hint={hint} error={error} required={required}>
      {(control) => (
        <select {...control} data-field={path} value={value} onChange={(event) => pick(event.target.value)}>
          <option value="">{placeholder}</option>
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
          {groups.map((group) => (
            <optgroup key={group.label} label={group.label}>
              {group.options.map((option) => (
                <option key={option.value} value={option.value}>
                  {option.label}
                </option>
              ))}
            </optgroup>
          ))}
        </select>
      )}
    </Field>
  );
}

interface GroupProps {
  path: string;
  legend: string;
  hint?: string | undefined;
  error?: string | undefined;
  required?: boolean;
  /** Options side by side (yes / no / not known), wrapping on a phone. */
  inline?: boolean;
  /** A long list in columns where the screen is wide enough. */
  columns?: boolean;
  children: (ids: { name: string; describedBy: string | undefined }) => ReactNode;
}

/** A group of radios or checkboxes: a fieldset whose legend is the question, with its hint and error. */
function Group({ path, legend, hint, error, required = false, inline = false, columns = false, children }: GroupProps) {
  const id = useId();
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  return (
    <fieldset className={error ? 'group group-invalid' : 'group'} data-field={path} aria-describedby={describedBy}>
      <legend>
        {legend}
        {required ? <span aria-hidden="true"> *</span> : null}
      </legend>
      {hint ? (
        <p id={hintId} className="field-hint">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={errorId} className="field-error">
          {error}
        </p>
      ) : null}
      <div className={inline ? 'choices choices-inline' : columns ? 'choices choices-columns' : 'choices'}>{children({ name: id, describedBy })}</div>
    </fieldset>
  );
}

export function RadioGroup<T extends string>({
  value,
  options,
  onChange,
  ...group
}: Omit<GroupProps, 'children'> & { value: T | ''; options: ReadonlyArray<{ value: T; label: string }>; onChange: (value: T) => void }) {
  const id = useId();
  return (
    <Group {...group}>
      {({ name }) =>
        options.map((option, index) => (
          <div className="choice" key={option.value}>
            <input
              type="radio"
              id={`${id}-${index}`}
              name={name}
              value={option.value}
              checked={value === option.value}
              required={group.required}
              onChange={() => onChange(option.value)}
            />
            <label htmlFor={`${id}-${index}`}>{option.label}</label>
          </div>
        ))
      }
    </Group>
  );
}

export function CheckboxGroup<T extends string>({
  values,
  options,
  onChange,
  ...group
}: Omit<GroupProps, 'children'> & { values: readonly T[]; options: ReadonlyArray<{ value: T; label: string }>; onChange: (values: T[]) => void }) {
  const id = useId();
  // Kept in the order the options are shown, whatever the order of clicks.
  const toggle = (value: T, on: boolean) => onChange(options.map((option) => option.value).filter((item) => (item === value ? on : values.includes(item))));
  return (
    <Group {...group}>
      {() =>
        options.map((option, index) => (
          <div className="choice" key={option.value}>
            <input
              type="checkbox"
              id={`${id}-${index}`}
              checked={values.includes(option.value)}
              onChange={(event) => toggle(option.value, event.target.checked)}
            />
            <label htmlFor={`${id}-${index}`}>{option.label}</label>
          </div>
        ))
      }
    </Group>
  );
}

/** One checkbox with its own label, hint and error. */
export function Checkbox({ path, label, hint, error, checked, onChange }: Omit<BaseProps, 'required'> & { checked: boolean; onChange: (checked: boolean) => void }) {
  const id = useId();
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  return (
    <div className={error ? 'choice choice-single group-invalid' : 'choice choice-single'}>
      <input
        type="checkbox"
        id={id}
        data-field={path}
        checked={checked}
        aria-invalid={Boolean(error)}
        aria-describedby={[hintId, errorId].filter(Boolean).join(' ') || undefined}
        onChange={(event) => onChange(event.target.checked)}
      />
      <div>
        <label htmlFor={id}>{label}</label>
        {hint ? (
          <p id={hintId} className="field-hint">
            {hint}
          </p>
        ) : null}
        {error ? (
          <p id={errorId} className="field-error">
            {error}
          </p>
        ) : null}
      </div>
    </div>
  );
}

/** Moves focus to the control of a field path (a group's first choice), if it is on screen. */
export function focusField(path: string): boolean {
  const target = document.querySelector<HTMLElement>(`[data-field="${CSS.escape(path)}"]`);
  if (!target) return false;
  const control = target instanceof HTMLFieldSetElement ? (target.querySelector<HTMLElement>('input:checked, input, select, textarea') ?? target) : target;
  control.focus();
  control.scrollIntoView({ block: 'center' });
  return true;
}
