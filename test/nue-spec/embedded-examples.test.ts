// Every example embedded in the Nue spec (request and response bodies, parameters, schema
// examples) validates against its schema with Ajv 2020 and formats. Objects are closed as in
// Redocly's example check, so an example with a property its schema does not list fails too.
// The docs' own examples are checked against the spec by scripts/check-doc-examples.ts (CI).
import { describe, expect, it } from 'vitest';
import { closeObjects } from '../../scripts/openapi/closed-objects.js';
import { embeddedExamples } from '../../scripts/openapi/embedded-examples.js';
import { createSpecValidator } from '../../scripts/openapi/spec-validator.js';
import { sharedNueSpec } from './support/bundled-spec.js';

const spec = sharedNueSpec();
const examples = embeddedExamples(spec.document);
const validate = createSpecValidator(closeObjects(spec.document));

describe('examples embedded in the Nue spec', () => {
  it('are many: the curated doc examples made it into the spec', () => {
    expect(examples.length).toBeGreaterThan(150);
  });

  it.each(examples.map((e) => [e.where, e] as const))('%s', (_where, example) => {
    expect(validate(example.schemaPointer, example.value)).toEqual([]);
  });

  it('are checked strictly: an undeclared property is an error', () => {
    // AutoNumberSetting's example is the docs' own (line 6229); the schema lists two properties.
    const schemaExample = examples.find((e) => e.schemaPointer === '/components/schemas/AutoNumberSetting');
    expect(schemaExample).toBeDefined();
    expect(validate(schemaExample!.schemaPointer, { ...(schemaExample!.value as object), 'not-in-the-docs': true })).not.toEqual([]);
  });
});
