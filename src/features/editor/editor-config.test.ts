import { describe, expect, it } from 'vitest';
import { EDITOR_COLLECTIONS } from './collections.ts';
import { collectionFields, editorConfig, forgeFromEnv } from './config.ts';
import { editorPaths, schemaPaths, type EditorField } from './zod-fields.ts';
import { LABELS } from './labels.ts';
import { PHONE_PATTERN } from './phone-pattern.ts';
import { normalizePhone } from '../../core/phone.ts';

const find = (fields: EditorField[], path: string): EditorField | undefined => {
  const [head, ...rest] = path.split('.');
  const field = fields.find((f) => f.name === head);
  if (!field || rest.length === 0) return field;
  const children = [...(field.fields ?? []), ...(field.types ?? []).flatMap((t) => t.fields ?? [])];
  return find(children, rest.join('.'));
};

describe('the editor configuration generated from the schemas', () => {
  for (const collection of EDITOR_COLLECTIONS) {
    it(`has one editor field for every field of the ${collection.name} schema, and no other`, () => {
      const fromSchema = schemaPaths(collection.schema).sort();
      const extra = collection.kind === 'folder' && collection.format === 'mdx' ? ['body'] : [];
      const fromEditor = editorPaths(collectionFields(collection)).filter((p) => !extra.includes(p)).sort();
      expect(fromEditor).toEqual(fromSchema);
    });
  }

  it('gives every field a French label', () => {
    const unlabelled = EDITOR_COLLECTIONS.flatMap((c) => editorPaths(collectionFields(c)).map((p) => p.split('.').at(-1) ?? p))
      .filter((name) => LABELS[name] === undefined);
    expect([...new Set(unlabelled)]).toEqual([]);
  });

  it('carries required flags, enumerations, patterns with the build’s messages, and defaults', () => {
    const events = collectionFields(EDITOR_COLLECTIONS.find((c) => c.name === 'events')!);
    expect(find(events, 'title')).toMatchObject({ widget: 'string', maxlength: 120 });
    expect(find(events, 'title')?.required).toBeUndefined();
    expect(find(events, 'priceNote')?.required).toBe(false);
    expect(find(events, 'price')).toMatchObject({ widget: 'number', default: 0, min: 0 });
    expect(find(events, 'type')?.options).toContainEqual({ value: 'atelier', label: 'Atelier' });
    expect(find(events, 'audiences')).toMatchObject({ widget: 'select', multiple: true, min: 1 });
    expect(find(events, 'status')?.default).toBe('scheduled');
    expect(find(events, 'start')).toMatchObject({ widget: 'datetime', format: 'YYYY-MM-DDTHH:mm' });
    const registration = find(events, 'registration');
    expect(registration).toMatchObject({ widget: 'object', typeKey: 'kind' });
    expect(registration?.types?.map((t) => t.name)).toEqual(['none', 'link', 'phone', 'email']);
    expect(find(events, 'registration.phone')?.pattern?.[1]).toContain('expected a French phone number such as "04 72 00 00 00"');
    expect(find(events, 'place.name')?.required).toBe(false);
    const postcode = find(events, 'place.postcode');
    expect(postcode?.pattern).toEqual(['^\\d{5}$', 'expected a 5-digit postcode such as "69100"']);
  });

  it('picks the venue of an event from the directory', () => {
    const events = collectionFields(EDITOR_COLLECTIONS.find((c) => c.name === 'events')!);
    expect(find(events, 'place.resource')).toMatchObject({ widget: 'relation', collection: 'resources', value_field: '{{slug}}' });
  });

  it('turns a schema’s image into an image field with a required text alternative beside it', () => {
    const brochures = collectionFields(EDITOR_COLLECTIONS.find((c) => c.name === 'brochures')!);
    expect(find(brochures, 'cover')?.widget).toBe('image');
    expect(find(brochures, 'coverAlt')).toBeDefined();
  });

  it('keeps the editorial workflow and the forge named by the environment', () => {
    const config = editorConfig(forgeFromEnv({ CLSM_EDITOR_BACKEND: 'gitea', CLSM_EDITOR_REPO: 'clsm/site', CLSM_EDITOR_BASE_URL: 'https://forge.example.fr' }));
    expect(config['publish_mode']).toBe('editorial_workflow');
    expect(config['backend']).toMatchObject({ name: 'gitea', repo: 'clsm/site', api_root: 'https://forge.example.fr/api/v1' });
    expect(() => forgeFromEnv({ CLSM_EDITOR_BACKEND: 'svn' })).toThrow(/expected github, gitlab or gitea/);
  });
});

describe('the phone pattern the editor checks as the coordinator types', () => {
  const samples = ['04 72 00 00 00', '0472000000', '04.72.00.00.00', '+33 4 72 00 00 00', '+33472000000', '06 12 34 56 78', '3114', '15', '112',
    '04 72 00 00', '4 72 00 00 00', 'abc', '04 72 00 00 00 00', '+33 4 72 00', ''];
  for (const sample of samples) {
    it(`agrees with the build on "${sample}"`, () => {
      expect(PHONE_PATTERN.test(sample)).toBe(normalizePhone(sample) !== undefined);
    });
  }
});
