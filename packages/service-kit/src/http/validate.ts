import type { Request, RequestHandler, Response } from 'express';
import type { z } from 'zod';
import { fieldErrors, RequestValidationError, type FieldError } from './problem';

interface Schemas {
  body?: z.ZodType;
  query?: z.ZodType;
  params?: z.ZodType;
}

const LOCATIONS = ['params', 'query', 'body'] as const;

/**
 * Validates the request against zod schemas before the handler runs; the parsed values are in
 * `res.locals.valid`. Every failing field is reported at once.
 */
export function validate(schemas: Schemas): RequestHandler {
  const checked = LOCATIONS.flatMap((location) => {
    const schema = schemas[location];
    return schema ? [{ location, schema }] : [];
  });
  return (req, res, next) => {
    const errors: FieldError[] = [];
    const valid: Record<string, unknown> = {};
    for (const { location, schema } of checked) {
      const result = schema.safeParse(req[location] ?? {});
      if (result.success) valid[location] = result.data;
      else errors.push(...fieldErrors(location, result.error, schema));
    }
    if (errors.length > 0) return next(new RequestValidationError(errors));
    res.locals['valid'] = valid;
    next();
  };
}

/** The values `validate` parsed, typed by the same schema. */
export function valid<S extends z.ZodType>(res: Response, location: keyof Schemas, _schema: S): z.infer<S> {
  return (res.locals['valid'] as Record<string, unknown>)[location] as z.infer<S>;
}

export type { Request };
