// What a report may say about a value that travelled: its JSON type and a few facts about its
// shape that help to fix a spec (a number sent as a string, an empty string), never the value.
// And the pointer to it, with every array index and every key the spec does not name as `*`.
import type { SchemaIndex } from './spec/schema-index.js';
import { escapeSegment, type Json, pointerSegments } from './spec/spec-document.js';

export function shapeOf(value: unknown): string {
  if (value === undefined) return 'absent';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  if (typeof value === 'string') {
    if (value === '') return 'string (empty)';
    if (value.trim() !== '' && Number.isFinite(Number(value))) return 'string (numeric)';
    if (value === 'true' || value === 'false') return 'string (boolean)';
    return 'string';
  }
  return typeof value;
}

/**
 * An unknown property's name may go into a report when it reads like a field name, not like data:
 * an identifier of at most 40 characters without a run of four digits, which leaves out e-mail
 * addresses, UUIDs, hex and Salesforce ids (`a0B5g000001XyZ`).
 */
export function looksLikeFieldName(name: string): boolean {
  return /^[A-Za-z_$][A-Za-z0-9_$]{0,39}$/.test(name) && !/[0-9]{4}/.test(name);
}

/** The pointer of a value inside `root`, each index and each key the spec does not use as a property name replaced by `*`. */
export function shapePointer(instancePath: string, root: unknown, index: SchemaIndex): string {
  let node = root;
  let pointer = '';
  for (const segment of pointerSegments(instancePath)) {
    const named = !Array.isArray(node) && index.isDeclaredName(segment);
    pointer += `/${named ? escapeSegment(segment) : '*'}`;
    // Stryker disable next-line ConditionalExpression,LogicalOperator: an Ajv instancePath only passes through objects and arrays of the value, so node is always one here
    node = node && typeof node === 'object' ? (node as Json)[segment] : undefined;
  }
  return pointer;
}
