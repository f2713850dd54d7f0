/** The resource schema: required fields, enums, rules between fields, phone normalisation. */
import { describe, expect, it } from 'vitest';
import { categoryId, resource, type ResourceInput } from './resource.ts';
import { formatPhone } from '../../../core/phone.ts';

const base: ResourceInput = {
  name: 'Lieu de test',
  organization: { name: 'Organisme' },
  categories: ['gem'],
  description: 'Description.',
  audiences: ['adultes'],
  location: { street: '1 rue Test', postcode: '69100', commune: 'Villeurbanne', insee: '69266', coordinates: { lat: 45.77, lon: 4.89 } },
  phones: [{ number: '01 99 00 40 10' }],
  hours: 'Mo-Fr 09:00-17:00',
  appointment: 'walk-in',
  cost: 'free',
  verifiedOn: '2026-11-01',
  source: { note: 'test' },
};
const issues = (input: unknown) => {
  const result = resource.safeParse(input);
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
};

describe('resource schema', () => {
  it('accepts a complete entry and fills defaults', () => {
    const parsed = resource.parse(base);
    expect(parsed.status).toBe('active');
    expect(parsed.languages).toEqual(['fr']);
    expect(parsed.delivery).toEqual(['in-person']);
    expect(parsed.example).toBe(false);
  });

  it('normalises phone numbers to E.164 and keeps short numbers as dialled', () => {
    const parsed = resource.parse({ ...base, phones: [{ number: '01.99.00.40.10' }, { number: '+33 1 99 00 40 11' }, { number: '3114' }, { number: '0 800 235 236' }] });
    expect(parsed.phones.map((p) => p.number)).toEqual(['+33199004010', '+33199004011', '3114', '+33800235236']);
    expect(parsed.phones.map((p) => formatPhone(p.number))).toEqual(['01 99 00 40 10', '01 99 00 40 11', '3114', '0 800 23 52 36']);
  });

  it('rejects unknown enum values with the list of allowed ones', () => {
    expect(issues({ ...base, cost: 'cheap' })).toEqual(['cost: expected one of: free, reimbursed, fee (reimbursed = covered by the Assurance maladie)']);
    expect(issues({ ...base, accessibility: ['ramp'] })[0]).toMatch(/^accessibility\.0: expected one of: step-free, hearing-loop, lsf, easy-to-read/);
  });

  it('requires what a call to a national line costs, as data (gratuit, non surtaxé, surtaxé), never inferred from the number', () => {
    const line = { ...base, location: undefined, delivery: ['remote'], area: { scope: 'national' }, phones: [{ number: '0 980 980 930' }] };
    expect(issues(line)).toEqual(['phones.0.callCost: expected what a call to this national line costs, as its own page says: free, standard (non surtaxé) or premium']);
    expect(issues({ ...line, phones: [{ number: '0 980 980 930', callCost: 'standard' }] })).toEqual([]);
    expect(issues({ ...line, phones: [{ number: '0 980 980 930', callCost: 'cheap' }] })[0]).toMatch(/^phones\.0\.callCost: expected free \(gratuit\), standard/);
    // A local line may leave it out; `free: true` is no longer read (it let "gratuit" be guessed).
    expect(resource.parse({ ...base, phones: [{ number: '01 99 00 40 10', free: true }] }).phones[0]).not.toHaveProperty('free');
  });

  it('requires a location for in-person services and none for remote ones', () => {
    const { location: _location, ...noLocation } = base;
    expect(issues(noLocation)[0]).toMatch(/^location: expected a location .* or delivery: \[remote\]/);
    expect(issues({ ...noLocation, delivery: ['remote'] })).toEqual([]);
    expect(issues({ ...base, delivery: ['remote'] })[0]).toMatch(/^delivery: expected "in-person"/);
  });

  it('rejects ambiguous hours as well as invalid ones', () => {
    expect(issues({ ...base, hours: 'Mo-Fr 9-17' })[0]).toMatch(/^hours: "Mo-Fr 9-17" is ambiguous/);
    expect(issues({ ...base, hours: 'lundi 9h' })[0]).toMatch(/^hours: "lundi 9h" is not valid opening hours/);
  });

  it('rejects unknown language codes, bad dates and non-https sources', () => {
    expect(issues({ ...base, languages: ['xx'] })[0]).toMatch(/^languages\.0: expected a known ISO 639 language code/);
    expect(issues({ ...base, verifiedOn: '12/11/2026' })[0]).toMatch(/^verifiedOn: expected a date written YYYY-MM-DD/);
    expect(issues({ ...base, source: { url: 'http://example.fr' } })[0]).toMatch(/^source\.url: expected an absolute https:\/\/ address/);
  });

  it('checks age limits are in order', () => {
    expect(issues({ ...base, ages: { min: 25, max: 12 } })).toEqual(['ages.max: expected min to be at most max']);
  });
});

describe('a category typed as a name', () => {
  it('is refused with the id it would be, not only "expected a slug"', () => {
    const result = categoryId.safeParse('Santé mentale');
    expect(result.error?.issues[0]?.message).toBe('expected a category id from content/taxonomy.yaml, in lower case with hyphens ("sante-mentale" if that is the category meant); got "Santé mentale"');
    expect(categoryId.parse('urgences')).toBe('urgences');
  });
});
