// What to change in the spec for one kind of difference, in a sentence. Reports carry no
// values, so where the fix needs one (an enum value) the sentence says where to get it. For what
// a client sent, the spec is only wrong if the API accepts it, so the sentence says so.
import type { DriftReport } from '../validate/drift-report.js';

type Described = Pick<DriftReport, 'kind' | 'expected' | 'seen' | 'status' | 'direction'> & { property: string | undefined };

export function proposalFor(described: Described): string {
  const sentence = responseProposal(described);
  return described.direction === 'request' ? `if the API accepts what the client sent: ${sentence}` : sentence;
}

function responseProposal({ kind, expected, seen, status, property }: Described): string {
  const name = property ? `\`${property}\`` : 'the value';
  switch (kind) {
    case 'undocumented-operation':
      return `add the operation ${seen}, or call a documented one`;
    case 'undocumented-status':
      return `document the response ${seen} (the spec lists ${expected.replace(/^one of /, '')})`;
    case 'content-type':
      return seen === 'no body' || seen === 'no content type'
        ? `say that the ${status ?? ''} message may come without a body or content type`.replace('  ', ' ')
        : `document ${seen} beside ${expected}`;
    case 'not-json':
      return `the body is not ${expected}: document the media type really sent`;
    case 'missing-property':
      return `drop ${name} from \`required\`: it was left out`;
    case 'unknown-property':
      return property === '*'
        ? 'the object has keys the spec does not name: list them, or give it `additionalProperties`'
        : `add ${name} (${seen}) to the schema's properties`;
    case 'type':
      return `${name} came as ${seen}: widen \`type: ${expected}\` (e.g. to [${expected}, ${seen.split(' ')[0]}]) or correct it`;
    case 'format':
      return `drop or correct the \`format\` of ${name}: it came as ${seen}`;
    case 'enum':
      return `add the values sent to the \`enum\` of ${name} (reports carry no values: read them from one captured message)`;
    case 'constraint':
      return `relax \`${expected}\` on ${name}: it came as ${seen}`;
  }
}
