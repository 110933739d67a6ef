// Ajv's errors as differences a report can carry: the kind, the shape pointer, what the schema
// says (from the schema: safe to show) and what was seen (shape only, shape.ts). Ajv runs with
// `verbose`, so each error brings its schema object (its place in the spec) and its value.
import type { ErrorObject } from 'ajv/dist/2020.js';
import type { Finding } from './drift-report.js';
import { looksLikeFieldName, shapeOf, shapePointer } from './shape.js';
import type { CompiledSpec } from './spec/compiled-spec.js';
import type { SchemaIndex } from './spec/schema-index.js';
import { escapeSegment, type Json } from './spec/spec-document.js';

const VARIANTS = new Set(['oneOf', 'anyOf']);
const MOST_LISTED = 12;

/** The differences between a value and the schema at `pointer` of the spec; none when it fits. */
export function checkValue(spec: CompiledSpec, pointer: string, value: unknown): Finding[] {
  const validate = spec.validatorAt(pointer);
  return validate(value) ? [] : findingsOf(validate.errors ?? [], value, spec.index());
}

function findingsOf(errors: ErrorObject[], root: unknown, index: SchemaIndex): Finding[] {
  // A value that fits none of the variants is one difference; what each variant missed is noise.
  const variantPaths = errors.filter((error) => VARIANTS.has(error.keyword)).map((error) => error.instancePath);
  const insideVariant = (error: ErrorObject) =>
    !VARIANTS.has(error.keyword) && variantPaths.some((path) => error.instancePath === path || error.instancePath.startsWith(`${path}/`));
  return errors.filter((error) => !insideVariant(error)).map((error) => findingOf(error, root, index));
}

function findingOf(error: ErrorObject, root: unknown, index: SchemaIndex): Finding {
  const pointer = shapePointer(error.instancePath, root, index);
  const schema = (error.parentSchema ?? {}) as Json;
  const specPointer = index.pointerOf(schema) ?? '';
  const params = error.params as Record<string, unknown>;
  const shape = shapeOf(error.data);
  switch (error.keyword) {
    case 'required': {
      const name = String(params.missingProperty);
      const property = ((schema.properties ?? {}) as Record<string, Json>)[name];
      return {
        kind: 'missing-property',
        pointer: `${pointer}/${escapeSegment(name)}`,
        expected: `required${describeType(property)}`,
        seen: 'absent',
        specPointer: `${specPointer}/required`,
      };
    }
    case 'additionalProperties':
    case 'unevaluatedProperties': {
      const name = String(params.additionalProperty ?? params.unevaluatedProperty);
      const segment = looksLikeFieldName(name) || index.isDeclaredName(name) ? escapeSegment(name) : '*';
      // Stryker disable next-line ConditionalExpression,LogicalOperator: Ajv raises additional/unevaluatedProperties only on an object, so error.data is always one here; the guard is defensive
      const value = error.data && typeof error.data === 'object' ? (error.data as Json)[name] : undefined;
      return { kind: 'unknown-property', pointer: `${pointer}/${segment}`, expected: 'not listed (the object is closed)', seen: shapeOf(value), specPointer };
    }
    case 'type':
      return { kind: 'type', pointer, expected: describeType(schema).trim() || String(params.type), seen: shape, specPointer };
    case 'format':
      return { kind: 'format', pointer, expected: `string (${String(params.format)})`, seen: `${shape} (not ${String(params.format)})`, specPointer };
    case 'enum':
      return { kind: 'enum', pointer, expected: `one of ${listed(params.allowedValues as unknown[])}`, seen: `${shape} not in the list`, specPointer };
    case 'const':
      return { kind: 'enum', pointer, expected: `the value ${JSON.stringify(params.allowedValue)}`, seen: `${shape} of another value`, specPointer };
    default:
      return { kind: 'constraint', pointer, expected: describeConstraint(error), seen: `${shape} that breaks ${error.keyword}`, specPointer };
  }
}

/** ` string (date-time)`, ` integer or null`, ` ContingentStatus`; '' when the schema gives no type. */
function describeType(schema: Json | undefined): string {
  if (!schema) return '';
  const type = Array.isArray(schema.type) ? schema.type.join(' or ') : typeof schema.type === 'string' ? schema.type : '';
  const format = typeof schema.format === 'string' ? ` (${schema.format})` : '';
  if (type) return ` ${type}${format}`;
  return typeof schema.$ref === 'string' ? ` ${schema.$ref.split('/').pop()}` : '';
}

function describeConstraint(error: ErrorObject): string {
  if (VARIANTS.has(error.keyword)) return `one of its ${Array.isArray(error.schema) ? error.schema.length : ''} ${error.keyword} variants`.replace('  ', ' ');
  const limit = error.schema;
  return limit !== null && typeof limit === 'object' ? error.keyword : `${error.keyword} ${JSON.stringify(limit).slice(0, 80)}`;
}

function listed(values: unknown[]): string {
  const shown = values.slice(0, MOST_LISTED).map((value) => JSON.stringify(value));
  return values.length > MOST_LISTED ? `${shown.join(', ')}, … (${values.length} in all)` : shown.join(', ');
}
