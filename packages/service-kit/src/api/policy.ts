import type { Role, StaffRole } from '@corredor/contracts';

/**
 * Who may do what, written once as a table (action → roles) per service. Routes take their
 * `roles` from it, use cases ask `allows` for rules that depend on the data (a restricted note,
 * a partner without a signed agreement).
 */
export function definePolicy<Action extends string>(table: Record<Action, readonly StaffRole[]>) {
  return {
    table,
    roles(action: Action): readonly Role[] {
      return table[action];
    },
    allows(roles: readonly Role[], action: Action): boolean {
      return roles.some((role) => (table[action] as readonly Role[]).includes(role));
    },
  };
}
