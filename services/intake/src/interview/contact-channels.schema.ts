import { CONTACT_CHANNELS } from '@corredor/contracts';
import { z } from 'zod';
import { noRepeats, whenListParsed } from './text.schema';

const PHONE_EXAMPLE = 'must be a phone number with its country code, such as "+52 664 123 4567"';

/**
 * A phone number as people write it ("+52 664 123 4567", "+1 (619) 555-0100", "00502 5555 1234"),
 * stored as "+" and its digits (E.164: a country code, at most 15 digits), so the same number is
 * always stored the same way.
 */
export const phoneNumberSchema = z
  .string({ error: PHONE_EXAMPLE })
  .max(32, PHONE_EXAMPLE)
  .transform((value) => value.trim().replace(/[\s().-]/g, '').replace(/^00/, '+'))
  .pipe(z.string().regex(/^\+[1-9]\d{7,14}$/, PHONE_EXAMPLE));

/** An email address, trimmed, with its domain in lower case (the part before @ is the owner's to spell). */
export const emailAddressSchema = z
  .string({ error: 'must be an email address such as "nombre@example.org"' })
  .max(254, 'must be at most 254 characters')
  .transform((value) => {
    const trimmed = value.trim();
    const at = trimmed.lastIndexOf('@');
    return at < 0 ? trimmed : `${trimmed.slice(0, at)}@${trimmed.slice(at + 1).toLowerCase()}`;
  })
  .pipe(z.email('must be an email address such as "nombre@example.org"'));

/** How the person can be reached: the channel (phone, WhatsApp, email) and the number or address for it. */
export const contactChannelEntrySchema = z.discriminatedUnion(
  'channel',
  [
    z.strictObject({ channel: z.literal('phone'), value: phoneNumberSchema }),
    z.strictObject({ channel: z.literal('whatsapp'), value: phoneNumberSchema }),
    z.strictObject({ channel: z.literal('email'), value: emailAddressSchema }),
  ],
  { error: `channel must be one of: ${CONTACT_CHANNELS.join(', ')}` },
);
export type ContactChannelEntry = z.infer<typeof contactChannelEntrySchema>;

export const contactChannelsSchema = z
  .array(contactChannelEntrySchema)
  .max(5, 'at most 5 contact channels')
  .superRefine(noRepeats((entry) => `${entry.channel}:${entry.value}`, 'this channel and number or address are already listed'), whenListParsed);
