/**
 * Turns a zod schema (the build's source of truth) into the fields of a
 * Sveltia CMS collection: one editor field per schema field, with its
 * required flag, enumeration, pattern and message, bounds and default, so a
 * field added to a schema appears in the editor with no second edit.
 *
 * It reads zod 4's definitions (`_zod.def`): the same objects the build
 * validates with, not a copy. What a plain field cannot carry (a refinement
 * across fields, a check that needs other files) stays with the build, and
 * the preview after a build shows it.
 */
import type { z } from 'astro/zod';
import { phoneNumber } from '../../core/schema/common.ts';
import { PHONE_EXPECTED } from '../../core/phone.ts';
import { fieldHint, fieldLabel, optionLabel } from './labels.ts';
import { PHONE_PATTERN } from './phone-pattern.ts';

/** A Sveltia CMS field, as written to config.yml (Decap-compatible keys). */
export interface EditorField {
  name: string;
  label: string;
  widget: string;
  required?: boolean | undefined;
  hint?: string | undefined;
  default?: unknown | undefined;
  pattern?: [string, string] | undefined;
  options?: { label: string; value: string }[] | undefined;
  multiple?: boolean | undefined;
  min?: number | undefined;
  max?: number | undefined;
  minlength?: number | undefined;
  maxlength?: number | undefined;
  value_type?: 'int' | 'float' | undefined;
  fields?: EditorField[] | undefined;
  field?: EditorField | undefined;
  types?: EditorField[] | undefined;
  typeKey?: string | undefined;
  summary?: string | undefined;
  [option: string]: unknown;
}

/** Widget options that replace the generated ones for one field path ("place.resource"). */
export type FieldOverrides = Record<string, Partial<EditorField>>;

/** The zod definition as this module reads it (zod 4 internals, typed loosely on purpose). */
interface Def {
  type: string;
  format?: string;
  checks?: { _zod: { def: CheckDef } }[];
  shape?: Record<string, z.ZodType>;
  element?: z.ZodType;
  innerType?: z.ZodType;
  in?: z.ZodType;
  out?: z.ZodType;
  options?: z.ZodType[];
  discriminator?: string;
  entries?: Record<string, string>;
  values?: unknown[];
  defaultValue?: unknown;
}
interface CheckDef {
  check: string;
  format?: string;
  pattern?: RegExp;
  minimum?: number;
  maximum?: number;
  value?: number;
  inclusive?: boolean;
  error?: (issue: object) => unknown;
}

const defOf = (schema: z.ZodType): Def => (schema as unknown as { _zod: { def: Def } })._zod.def;
const checksOf = (schema: z.ZodType): CheckDef[] => (defOf(schema).checks ?? []).map((c) => c._zod.def);
const messageOf = (check: CheckDef, fallback: string): string => {
  const message = check.error?.({});
  return typeof message === 'string' ? message : fallback;
};

/** Schemas the editor shows with a special widget, recognised by identity. */
export interface SpecialSchemas {
  /** The `image()` of Astro's schema context: an image widget. */
  image?: z.ZodType;
}

/** Peels optional, default and nullable wrappers: the value schema, whether it may be left out, its default. */
function unwrap(schema: z.ZodType): { inner: z.ZodType; optional: boolean; defaultValue?: unknown } {
  let inner = schema;
  let optional = false;
  let defaultValue: unknown;
  for (;;) {
    const def = defOf(inner);
    if (def.type === 'optional' || def.type === 'nullable') {
      optional = true;
      inner = def.innerType as z.ZodType;
    } else if (def.type === 'default' || def.type === 'prefault') {
      optional = true;
      defaultValue = typeof def.defaultValue === 'function' ? (def.defaultValue as () => unknown)() : def.defaultValue;
      inner = def.innerType as z.ZodType;
    } else return { inner, optional, defaultValue };
  }
}

/** The schema a file is read as: a preprocess or a transform reads its input side. */
function inputSide(schema: z.ZodType): z.ZodType {
  const def = defOf(schema);
  if (def.type !== 'pipe') return schema;
  const input = def.in as z.ZodType;
  // z.preprocess(fn, target) is a pipe from a transform to the target: the target says what is written.
  return defOf(input).type === 'transform' ? inputSide(def.out as z.ZodType) : inputSide(input);
}

/** Editor fields for an object schema's shape. */
export function fieldsOf(schema: z.ZodType, overrides: FieldOverrides = {}, special: SpecialSchemas = {}, path = ''): EditorField[] {
  const shape = defOf(inputSide(unwrap(schema).inner)).shape;
  if (!shape) throw new Error(`editor: expected an object schema at "${path || '(root)'}"`);
  return Object.entries(shape).map(([name, child]) => fieldOf(name, child, overrides, special, path ? `${path}.${name}` : name));
}

function fieldOf(name: string, schema: z.ZodType, overrides: FieldOverrides, special: SpecialSchemas, path: string): EditorField {
  const { inner, optional, defaultValue } = unwrap(schema);
  const field: EditorField = { name, label: fieldLabel(name), widget: 'string', ...widgetOf(name, inner, overrides, special, path) };
  if (optional) field.required = false;
  if (defaultValue !== undefined) field.default = defaultValue;
  const hint = fieldHint(name);
  if (hint !== undefined && field.hint === undefined) field.hint = hint;
  const override = overrides[path];
  if (!override) return field;
  // A field given another widget keeps what the schema says of it, not the options of the widget it replaces.
  const { label, required, default: value, hint: fieldHintText } = field;
  return override.widget ? { name, label, widget: override.widget, ...(required === undefined ? {} : { required }), ...(value === undefined ? {} : { default: value }), ...(fieldHintText === undefined ? {} : { hint: fieldHintText }), ...override } : { ...field, ...override };
}

function widgetOf(name: string, schema: z.ZodType, overrides: FieldOverrides, special: SpecialSchemas, path: string): Partial<EditorField> {
  if (special.image !== undefined && schema === special.image) return { widget: 'image' };
  if (schema === phoneNumber) {
    // The build normalises with libphonenumber; the editor checks the same
    // shapes with a pattern and says what the build says (phone-pattern.ts).
    return { widget: 'string', pattern: [PHONE_PATTERN.source, `Numéro invalide : expected ${PHONE_EXPECTED}`] };
  }
  const input = inputSide(schema);
  const def = defOf(input);
  switch (def.type) {
    case 'string':
      return stringWidget(name, input, def);
    case 'number':
      return numberWidget(input);
    case 'boolean':
      return { widget: 'boolean' };
    case 'enum':
      return { widget: 'select', options: Object.values(def.entries ?? {}).map((value) => ({ value, label: optionLabel(name, value) })) };
    case 'literal':
      return { widget: 'hidden', default: def.values?.[0] };
    case 'object':
      return { widget: 'object', fields: fieldsOf(input, overrides, special, path) };
    case 'array':
      return listWidget(name, input, def, overrides, special, path);
    case 'union':
      return unionWidget(def, overrides, special, path);
    case 'record':
      // Free-form maps (an importer's provenance) are kept as read, not edited by hand.
      return { widget: 'hidden' };
    default:
      throw new Error(`editor: no editor widget for a zod "${def.type}" at "${path}"`);
  }
}

function stringWidget(name: string, schema: z.ZodType, def: Def): Partial<EditorField> {
  const out: Partial<EditorField> = { widget: LONG_TEXT.has(name) ? 'text' : 'string' };
  if (def.format === 'url') out.pattern = ['^https://\\S+$', 'expected an absolute https:// address'];
  if (def.format === 'email') out.pattern = ['^[^\\s@]+@[^\\s@]+\\.[^\\s@]+$', 'expected an email address such as contact@example.fr'];
  for (const check of checksOf(schema)) {
    if (check.check === 'string_format' && check.format === 'regex' && check.pattern) {
      out.pattern = [check.pattern.source, messageOf(check, `expected text matching ${check.pattern.source}`)];
    }
    if (check.check === 'min_length' && (check.minimum ?? 0) > 1) out.minlength = check.minimum;
    if (check.check === 'max_length') out.maxlength = check.maximum;
  }
  if (out.pattern && DATE_PATTERNS.has(out.pattern[0])) return { ...out, ...DATE_PATTERNS.get(out.pattern[0]) };
  return out;
}

function numberWidget(schema: z.ZodType): Partial<EditorField> {
  const out: Partial<EditorField> = { widget: 'number', value_type: 'float' };
  for (const check of checksOf(schema)) {
    if (check.check === 'number_format' && (check.format === 'safeint' || check.format === 'int32')) out.value_type = 'int';
    if (check.check === 'greater_than' && check.value !== undefined && Number.isFinite(check.value)) out.min = check.value;
    if (check.check === 'less_than' && check.value !== undefined && Number.isFinite(check.value)) out.max = check.value;
  }
  return out;
}

function listWidget(name: string, schema: z.ZodType, def: Def, overrides: FieldOverrides, special: SpecialSchemas, path: string): Partial<EditorField> {
  const out: Partial<EditorField> = {};
  for (const check of checksOf(schema)) {
    if (check.check === 'min_length' && (check.minimum ?? 0) > 0) out.min = check.minimum;
    if (check.check === 'max_length') out.max = check.maximum;
  }
  const element = unwrap(def.element as z.ZodType).inner;
  const elementDef = defOf(inputSide(element));
  if (elementDef.type === 'enum') {
    const options = Object.values(elementDef.entries ?? {}).map((value) => ({ value, label: optionLabel(name, value) }));
    return { ...out, widget: 'select', multiple: true, options };
  }
  if (elementDef.type === 'object' || elementDef.type === 'union') {
    const item = widgetOf(name, element, overrides, special, path);
    return item.types ? { ...out, widget: 'list', types: item.types, typeKey: item.typeKey } : { ...out, widget: 'list', fields: item.fields ?? [] };
  }
  // A list of plain values: one sub-field, so its pattern and message apply to each item.
  return { ...out, widget: 'list', field: { name: 'item', label: fieldLabel(name), ...widgetOf(name, element, overrides, special, path) } as EditorField };
}

/**
 * A discriminated union becomes an object with variable types (its
 * discriminator is the type key); a union of plain objects becomes one
 * object holding every member's fields, all optional in the editor, and the
 * build says which set it expected.
 */
function unionWidget(def: Def, overrides: FieldOverrides, special: SpecialSchemas, path: string): Partial<EditorField> {
  const members = (def.options ?? []).map((option) => inputSide(unwrap(option).inner));
  if (def.discriminator) {
    const key = def.discriminator;
    const types = members.map((member) => {
      const value = String(defOf(defOf(member).shape?.[key] as z.ZodType).values?.[0]);
      const fields = fieldsOf(member, overrides, special, path).filter((f) => f.name !== key);
      return { name: value, label: optionLabel(key, value), widget: 'object', fields };
    });
    return { widget: 'object', typeKey: key, types };
  }
  // A shorthand beside its long form (a street's name, or { street, side, from, to }): the
  // editor writes the long form, which the build reads as well.
  const objects = members.filter((member) => defOf(member).type === 'object');
  if (objects.length === 0 || objects.length < members.length - 1) {
    throw new Error(`editor: only unions of objects (and one shorthand) can be edited, at "${path}"`);
  }
  const merged = new Map<string, EditorField>();
  for (const member of objects) {
    for (const field of fieldsOf(member, overrides, special, path)) {
      if (!merged.has(field.name)) merged.set(field.name, { ...field, required: false });
    }
  }
  return { widget: 'object', fields: [...merged.values()] };
}

/** Fields whose text runs over several lines. */
const LONG_TEXT = new Set(['description', 'definition', 'definitionEn', 'intro', 'summary', 'answer', 'hoursNote', 'alert', 'access', 'note', 'text', 'body']);

/**
 * Dates and times the build reads as text: the editor's date picker writes
 * the same text (`format`), so the pattern is kept as a second check.
 */
const DATE_PATTERNS = new Map<string, Partial<EditorField>>([
  ['^\\d{4}-\\d{2}-\\d{2}$', { widget: 'datetime', time_format: false, format: 'YYYY-MM-DD' }],
  ['^\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])T([01]\\d|2[0-3]):[0-5]\\d$', { widget: 'datetime', format: 'YYYY-MM-DDTHH:mm', picker_utc: false }],
  ['^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}$', { widget: 'datetime', format: 'YYYY-MM-DDTHH:mm', picker_utc: false }],
]);

/** Every field path of a schema ("place.resource", "organisers.name"), read from zod alone: the test's reference. */
export function schemaPaths(schema: z.ZodType, prefix = ''): string[] {
  const def = defOf(inputSide(unwrap(schema).inner));
  if (def.type === 'object') {
    return Object.entries(def.shape ?? {}).flatMap(([name, child]) => {
      const path = prefix ? `${prefix}.${name}` : name;
      return [path, ...schemaPaths(child, path)];
    });
  }
  if (def.type === 'array') return schemaPaths(def.element as z.ZodType, prefix);
  if (def.type === 'union') {
    const paths = (def.options ?? []).flatMap((option) => schemaPaths(option, prefix));
    return [...new Set(paths)].filter((p) => !def.discriminator || p !== `${prefix}.${def.discriminator}`);
  }
  return [];
}

/** Every field path of generated editor fields, the type key of variable types excepted. */
export function editorPaths(fields: EditorField[], prefix = ''): string[] {
  return fields.flatMap((field) => {
    const path = prefix ? `${prefix}.${field.name}` : field.name;
    const children = [...(field.fields ?? []), ...(field.types ?? []).flatMap((type) => type.fields ?? [])];
    return [path, ...new Set(editorPaths(children, path))];
  });
}
