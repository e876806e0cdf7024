import { demoIntake } from '@corredor/platform';
import { BODY_VARIANTS } from './target-protocol';

const GIVEN = ['Marie', 'Jean', 'Rosa', 'Wilson', 'Daniela', 'Kervens', 'Ana', 'Yolette'];
const FAMILY = ['Joseph', 'Pierre', 'López', 'Hernández', 'Baptiste', 'Ramírez', 'Louis', 'Castillo'];

/**
 * The example interview (a trafficking indicator, so each intake also raises a flag and alerts
 * coordinators) for many different people: distinct names, years and phone numbers, as a centre's
 * intakes are, so returning-person matching sees what it would see in a real week.
 */
export function intakeBodies(): string[] {
  return Array.from({ length: BODY_VARIANTS }, (_, i) =>
    JSON.stringify(
      demoIntake({
        name: `${GIVEN[i % GIVEN.length] ?? 'Marie'} ${FAMILY[Math.floor(i / GIVEN.length) % FAMILY.length] ?? 'Joseph'} ${i}`,
        alias: `Bench ${i}`,
        yearOfBirth: 1970 + (i % 35),
        contactChannels: [{ channel: 'whatsapp', value: `+52 664 ${String(1_000_000 + i).slice(1, 4)} ${String(1_000_000 + i).slice(3)}` }],
      }),
    ),
  );
}
