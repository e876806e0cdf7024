import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { ROLE_HINTS, ROLE_LABELS } from './staff-labels';
import { STAFF_ROLES, withRole, type StaffRole } from './staff-rules';

interface RolesFieldsetProps {
  legend: string;
  roles: readonly StaffRole[];
  onChange: (roles: StaffRole[]) => void;
  error?: string | undefined;
}

/** A person's roles as checkboxes, each with what it lets them do; the error is tied to the group. */
export function RolesFieldset({ legend, roles, onChange, error }: RolesFieldsetProps) {
  const { t } = useTranslation('admin');
  const id = useId();
  const errorId = `${id}-error`;
  return (
    <fieldset className={error ? 'admin-fieldset field-invalid' : 'admin-fieldset'} aria-describedby={error ? errorId : undefined}>
      <legend>
        {legend}
        <span aria-hidden="true"> *</span>
      </legend>
      {STAFF_ROLES.map((role) => (
        <div className="admin-check" key={role}>
          <input
            id={`${id}-${role}`}
            type="checkbox"
            checked={roles.includes(role)}
            onChange={(event) => onChange(withRole(roles, role, event.target.checked))}
            aria-describedby={`${id}-${role}-hint`}
            aria-invalid={Boolean(error)}
          />
          <label htmlFor={`${id}-${role}`}>{t(ROLE_LABELS[role])}</label>
          <p id={`${id}-${role}-hint`} className="field-hint">
            {t(ROLE_HINTS[role])}
          </p>
        </div>
      ))}
      {error ? (
        <p id={errorId} className="field-error">
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}
