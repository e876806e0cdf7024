import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The example intake (a person whose employer holds their documents: a trafficking indicator), as `npm start` shows it to curl. */
export const DEMO_INTAKE_FILE = join(__dirname, '..', 'examples', 'intake.json');

type Json = Record<string, unknown>;

/**
 * A submission for POST /v1/intakes, based on the example: `person` fields replaced by the
 * overrides, and with `quiet` an interview where no risk screen is positive.
 */
export function demoIntake(person: Json = {}, options: { quiet?: boolean } = {}): Json {
  const example = JSON.parse(readFileSync(DEMO_INTAKE_FILE, 'utf8')) as { person: Json; interview: Json & { screens: Json }; consents: unknown[] };
  const screens = options.quiet
    ? { ...example.interview.screens, traffickingForcedLabour: { methodsOfControl: [], controlledBy: [], debtToRecruiter: 'no', unpaidWork: 'no' } }
    : example.interview.screens;
  return { ...example, person: { ...example.person, ...person }, interview: { ...example.interview, screens } };
}
