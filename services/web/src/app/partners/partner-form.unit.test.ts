import { PARTNER_SERVICES as CONTRACT_SERVICES } from '@corredor/contracts';
import { ApiError } from '../api/problem';
import { apiErrors, emptyPartnerDraft, languagesOf, partnerBody, type PartnerDraft } from './partner-form';
import { PARTNER_SERVICES } from './partner-labels';

const draft = (change: Partial<PartnerDraft>): PartnerDraft => ({ ...emptyPartnerDraft(), name: 'Casa del Migrante', services: ['shelter'], ...change });

describe('the new partner form', () => {
  it('offers every service the directory knows', () => {
    expect([...PARTNER_SERVICES].sort()).toEqual([...CONTRACT_SERVICES].sort());
  });

  it('sends the name trimmed, the services once each, the agreement, and the languages only when some were given', () => {
    expect(partnerBody(draft({ name: '  Casa del Migrante ', services: ['shelter', 'food', 'shelter'] }))).toEqual({
      ok: true,
      body: { name: 'Casa del Migrante', services: ['shelter', 'food'], agreementSigned: false },
    });
    expect(partnerBody(draft({ languages: ['es', 'ht'], otherLanguages: 'mam, quc', agreementSigned: true }))).toEqual({
      ok: true,
      body: { name: 'Casa del Migrante', services: ['shelter'], agreementSigned: true, languages: ['es', 'ht', 'mam', 'quc'] },
    });
  });

  it('refuses what the API would refuse, field by field, before sending anything', () => {
    expect(partnerBody(draft({ name: '   ', services: [] }))).toEqual({ ok: false, errors: { name: { problem: 'name.required' }, services: { problem: 'services.required' } } });
    expect(partnerBody(draft({ name: 'A' }))).toEqual({ ok: false, errors: { name: { problem: 'name.too-short' } } });
    expect(partnerBody(draft({ name: 'A'.repeat(201) }))).toEqual({ ok: false, errors: { name: { problem: 'name.too-long' } } });
    expect(partnerBody(draft({ name: 'A'.repeat(200) })).ok).toBe(true);
    expect(partnerBody(draft({ otherLanguages: 'haitian creole!' }))).toEqual({ ok: false, errors: { languages: { problem: 'languages.invalid' } } });
    expect(partnerBody(draft({ languages: ['es'], otherLanguages: 'ES' }))).toEqual({ ok: false, errors: { languages: { problem: 'languages.repeated' } } });
    expect(partnerBody(draft({ otherLanguages: 'es en ht fr pt mam quc kjb mix zap tzo' }))).toEqual({ ok: false, errors: { languages: { problem: 'languages.too-many' } } });
  });

  it('reads typed language codes separated by commas, spaces or semicolons', () => {
    expect(languagesOf({ languages: ['es'], otherLanguages: ' mam,quc ;  kjb ' })).toEqual(['es', 'mam', 'quc', 'kjb']);
    expect(languagesOf({ languages: [], otherLanguages: '' })).toEqual([]);
  });

  it("shows the API's refusals at their fields: a name already in the directory, a field's error", () => {
    expect(apiErrors(new ApiError({ status: 409, code: 'REFERRAL.PARTNER_ALREADY_EXISTS' }))).toEqual({ name: { problem: 'name.exists' } });
    expect(
      apiErrors(
        new ApiError({
          status: 422,
          code: 'VALIDATION',
          errors: [
            { field: 'body.languages.1', message: 'must be a BCP 47 language tag such as "ht" or "mam"' },
            { field: 'body.languages.2', message: 'another' },
          ],
        }),
      ),
    ).toEqual({ languages: { message: 'must be a BCP 47 language tag such as "ht" or "mam"' } });
    expect(apiErrors(new ApiError({ status: 403, code: 'AUTH.FORBIDDEN' }))).toBeNull();
    expect(apiErrors(new Error('offline'))).toBeNull();
  });
});
