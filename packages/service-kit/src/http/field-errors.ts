import type { z } from 'zod';

export interface FieldError {
  /** Where: `body.nationality`, `query.from`, `params.id` */
  field: string;
  message: string;
}

/** What zod's schemas look like inside (zod 4's `_zod.def`), as far as walking a path needs. */
interface Def {
  type: string;
  innerType?: Schema;
  in?: Schema;
  out?: Schema;
  getter?: () => Schema;
  element?: Schema;
  items?: Schema[];
  rest?: Schema | null;
  keyType?: Schema;
  valueType?: Schema;
  left?: Schema;
  right?: Schema;
  options?: Schema[];
  shape?: Record<string, Schema>;
  entries?: Record<string, unknown>;
  values?: unknown[];
}
interface Schema {
  _zod: { def: Def };
}

/** Stands for a key the client chose (a record's key): the schema defines the place, not the name. */
const CLIENT_KEY = '*';
const UNKNOWN_FIELDS = 'Unknown fields are not accepted.';
const BAD_KEY = 'has a key that is not accepted.';

/** The schemas a value at this schema may be checked by, with wrappers (optional, default, lazy, pipe...) taken off. */
function unwrap(schema: Schema | undefined, depth = 0): Schema[] {
  if (!schema || depth > 32) return [];
  const def = schema._zod.def;
  switch (def.type) {
    case 'optional':
    case 'nullable':
    case 'default':
    case 'prefault':
    case 'nonoptional':
    case 'readonly':
    case 'catch':
      return unwrap(def.innerType, depth + 1);
    case 'pipe':
      return [...unwrap(def.in, depth + 1), ...unwrap(def.out, depth + 1)];
    case 'lazy':
      return unwrap(def.getter?.(), depth + 1);
    case 'union':
      return (def.options ?? []).flatMap((option) => unwrap(option, depth + 1));
    case 'intersection':
      return [...unwrap(def.left, depth + 1), ...unwrap(def.right, depth + 1)];
    default:
      return [schema];
  }
}

/** Whether the schema itself lists this key (an enum or literal key type of a record). */
function keyIsDefined(keyType: Schema | undefined, key: string): boolean {
  return unwrap(keyType).some((schema) => {
    const def = schema._zod.def;
    if (def.type === 'enum') return Object.values(def.entries ?? {}).includes(key);
    if (def.type === 'literal') return (def.values ?? []).includes(key);
    return false;
  });
}

/**
 * The part of an issue's path that the schema defines: object keys of its shape, array positions,
 * enum keys of records. A key the client chose (a record's free key) becomes `*`; the path stops at
 * a key the schema does not know.
 */
export function definedPath(schema: z.ZodType | undefined, path: readonly PropertyKey[]): string[] {
  if (!schema) return [];
  let current: Schema[] = unwrap(schema as unknown as Schema);
  const kept: string[] = [];
  for (const segment of path) {
    const next: Schema[] = [];
    let name: string | null = null;
    for (const candidate of current) {
      const def = candidate._zod.def;
      if (def.type === 'object' && typeof segment === 'string' && def.shape && Object.hasOwn(def.shape, segment)) {
        name = segment;
        next.push(...unwrap(def.shape[segment]));
      } else if ((def.type === 'array' || def.type === 'set') && typeof segment === 'number') {
        name ??= String(segment);
        next.push(...unwrap(def.element ?? def.valueType));
      } else if (def.type === 'tuple' && typeof segment === 'number') {
        name ??= String(segment);
        next.push(...unwrap(def.items?.[segment] ?? def.rest ?? undefined));
      } else if ((def.type === 'record' || def.type === 'map') && (typeof segment === 'string' || typeof segment === 'number')) {
        name ??= keyIsDefined(def.keyType, String(segment)) ? String(segment) : CLIENT_KEY;
        next.push(...unwrap(def.valueType));
      }
    }
    if (name === null) break;
    kept.push(name);
    current = next;
  }
  return kept;
}

/**
 * Field errors that never echo what the client sent: paths name only what the schema defines, and
 * unknown keys are reported without their names. (zod 4's own messages never quote the value they
 * refuse; a schema's custom messages must not either.)
 */
export function fieldErrors(location: string, error: z.ZodError, schema?: z.ZodType): FieldError[] {
  return error.issues.map((issue) => {
    const path = schema ? definedPath(schema, issue.path) : issue.path.map(String);
    const field = [location, ...path].join('.');
    if (issue.code === 'unrecognized_keys') return { field, message: UNKNOWN_FIELDS };
    if (issue.code === 'invalid_key') return { field: [location, ...path.slice(0, Math.max(0, issue.path.length - 1))].join('.'), message: BAD_KEY };
    return { field, message: issue.message };
  });
}
