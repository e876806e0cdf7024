/**
 * Where the field of a problem+json answer (`body.timeZone`, `body.organisations.2.name`) comes
 * from in the centre file; null when the file does not hold it.
 */
export type FieldPathMapper = (segments: (string | number)[]) => (string | number)[] | null;

/** PUT /v1/centres/:id takes the `centre` section (its id in the path). */
export const centreFieldPath: FieldPathMapper = ([location, ...rest]) => (location === 'body' || location === 'params' ? ['centre', ...rest] : null);

/** PUT /v1/centres/:id/coordinator takes the `coordinator` section. */
export const coordinatorFieldPath: FieldPathMapper = ([location, ...rest]) => (location === 'body' ? ['coordinator', ...rest] : null);

/** PUT /v1/centres/:id/partner-directory takes `{organisations: partners}`. */
export const partnerFieldPath: FieldPathMapper = ([location, list, ...rest]) =>
  location === 'body' && list === 'organisations' ? ['partners', ...rest] : null;
