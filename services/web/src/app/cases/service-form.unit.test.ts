import { emptyServiceDraft, serviceBody } from './service-form';

const today = '2026-11-20';

describe('recording a service', () => {
  it('sends a guidance service with the day, language and minutes typed', () => {
    const draft = { ...emptyServiceDraft(today), type: 'labour-rights-guidance' as const, language: 'ht', durationMinutes: '45', note: '  Explained overtime rules  ' };
    expect(serviceBody(draft, today)).toEqual({
      ok: true,
      body: { type: 'labour-rights-guidance', deliveredOn: today, language: 'ht', durationMinutes: 45, note: 'Explained overtime rules' },
    });
  });

  it('sends an accompaniment with its office and procedure', () => {
    const draft = { ...emptyServiceDraft(today), type: 'accompaniment' as const, office: 'SAT', procedure: 'tax-registration' };
    expect(serviceBody(draft, today)).toEqual({ ok: true, body: { type: 'accompaniment', deliveredOn: today, accompaniment: { office: 'SAT', procedure: 'tax-registration' } } });
  });

  it('names the missing details of each kind of service, where the API would', () => {
    expect(serviceBody({ ...emptyServiceDraft(today), type: 'accompaniment' }, today)).toEqual({
      ok: false,
      errors: { 'accompaniment.office': { key: 'error.required' }, 'accompaniment.procedure': { key: 'error.required' } },
    });
    expect(serviceBody({ ...emptyServiceDraft(today), type: 'interpretation', fromLanguage: 'ht', toLanguage: 'ht' }, today)).toEqual({
      ok: false,
      errors: { 'interpretation.toLanguage': { key: 'error.sameLanguage' } },
    });
    expect(serviceBody({ ...emptyServiceDraft(today), type: 'other', description: '   ' }, today)).toEqual({ ok: false, errors: { 'other.description': { key: 'error.required' } } });
  });

  it('refuses a day still to come and minutes out of range', () => {
    const result = serviceBody({ ...emptyServiceDraft(today), type: 'job-opportunities', deliveredOn: '2026-11-21', durationMinutes: '0' }, today);
    expect(result).toEqual({
      ok: false,
      errors: { deliveredOn: { key: 'error.dayInFuture' }, durationMinutes: { key: 'error.wholeNumber', values: { min: 1, max: 1440 } } },
    });
  });

  it('asks for the type first', () => {
    expect(serviceBody(emptyServiceDraft(today), today)).toEqual({ ok: false, errors: { type: { key: 'error.required' } } });
  });
});
