/**
 * The custom objects an installed Tactful has: exactly what manifests/zendesk/requirements.json
 * declares, so the mock refuses what a real account would (an object the app never declared, a
 * field it does not have, a value of the wrong type, a dropdown value that is not an option, text
 * a regexp field does not match). A write the app gets wrong fails here, not first in production.
 */
import { z } from 'zod';
import requirements from '../../manifests/zendesk/requirements.json';

/** requirements.json's `custom_objects_v2`: the objects and their fields (tests read it too). */
export const declaredCustomObjectsSchema = z.object({
  objects: z.array(z.object({ key: z.string() }).loose()),
  object_fields: z.array(
    z
      .object({
        object_key: z.string(),
        key: z.string(),
        type: z.string(),
        custom_field_options: z.array(z.object({ value: z.string() }).loose()).optional(),
        regexp_for_validation: z.string().optional(),
      })
      .loose(),
  ),
});

const declaredSchema = z.object({ custom_objects_v2: declaredCustomObjectsSchema }).loose();

type DeclaredField = z.infer<typeof declaredSchema>['custom_objects_v2']['object_fields'][number];

const declared = declaredSchema.parse(requirements).custom_objects_v2;

/** Object key → its fields by key, as requirements.json declares them. */
const objects = new Map<string, Map<string, DeclaredField>>(
  declared.objects.map((object) => [
    object.key,
    new Map(
      declared.object_fields
        .filter((field) => field.object_key === object.key)
        .map((field) => [field.key, field]),
    ),
  ]),
);

/** True when the account has this custom object (requirements.json declares it). */
export const isDeclaredObject = (key: string): boolean => objects.has(key);

/** True when requirements.json declares `field` on custom object `objectKey`. */
export const isDeclaredField = (objectKey: string, field: string): boolean =>
  objects.get(objectKey)?.has(field) ?? false;

// Zendesk's limit on a text field's value; textarea values may be longer.
const maxTextLength = 65_535;

/** Why Zendesk would refuse `value` for `field`, or undefined when it takes it. */
function refuseValue(field: DeclaredField, value: unknown): string | undefined {
  // Null or empty text clears a field of any type.
  if (value === null || value === '') return undefined;
  const wrongType = `${field.key} must be ${field.type === 'integer' ? 'an' : 'a'} ${field.type}`;
  switch (field.type) {
    case 'text':
      if (typeof value !== 'string') return wrongType;
      return value.length > maxTextLength ? `${field.key} is too long` : undefined;
    case 'textarea':
      return typeof value === 'string' ? undefined : wrongType;
    case 'integer':
      return (typeof value === 'number' && Number.isInteger(value)) ||
        (typeof value === 'string' && /^-?\d+$/.test(value))
        ? undefined
        : wrongType;
    case 'decimal':
      return typeof value === 'number' ||
        (typeof value === 'string' && /^-?\d+(\.\d+)?$/.test(value))
        ? undefined
        : wrongType;
    case 'checkbox':
      return typeof value === 'boolean' ? undefined : wrongType;
    case 'date':
      return typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) ? undefined : wrongType;
    case 'regexp':
      if (typeof value !== 'string') return wrongType;
      return new RegExp(field.regexp_for_validation ?? '').test(value)
        ? undefined
        : `${field.key} does not match its format`;
    case 'dropdown':
      return typeof value === 'string' &&
        (field.custom_field_options ?? []).some((option) => option.value === value)
        ? undefined
        : `${field.key} is not one of its options`;
    default:
      return undefined;
  }
}

/**
 * Why Zendesk would refuse these `custom_object_fields` for a record of `objectKey` (the first
 * problem, in Zendesk's words as near as we know them), or undefined when it would take them.
 */
export function refuseRecordFields(
  objectKey: string,
  fields: Readonly<Record<string, unknown>>,
): string | undefined {
  const known = objects.get(objectKey);
  if (known === undefined) return `No custom object ${objectKey}`;
  for (const [key, value] of Object.entries(fields)) {
    const field = known.get(key);
    if (field === undefined) return `Unknown field ${key} for custom object ${objectKey}`;
    const refusal = refuseValue(field, value);
    if (refusal !== undefined) return refusal;
  }
  return undefined;
}
