// A first name for an operation: the verb the rule demands, then the doc heading's object
// ("Get a Layout" → getLayout) or, where the heading does not start with a verb, the path's
// resource words. Curated names in an existing spec take precedence (see import-nue-docs.ts).
import { words } from '../openapi/operation-id-rule.js';

const fillerWords = new Set(['a', 'an', 'the', 'all', 'of', 'for', 'by', 'with', 'to', 'on', 'in', 'and']);
/** Heading verbs, and the rule verbs they may stand for. */
const headingVerbs = new Set([
  'get',
  'list',
  'load',
  'retrieve',
  'describe',
  'fetch',
  'search',
  'create',
  'update',
  'delete',
  'remove',
  'patch',
  'register',
  'save',
  'post',
  'upload',
  'download',
]);
const namespaceSegments = new Set(['v1', 'cpq', 'billing', 'catalog', 'metadata', 'async', 'usage', 'revenue', 'orders', 'objects', 'settings']);

function pascal(list: string[]): string {
  return list.map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join('');
}

function headingObject(heading: string): string[] | undefined {
  const list = words(heading.replace(/[^\w\s-]/g, ' '));
  if (list.length < 2 || !headingVerbs.has(list[0]!)) return undefined;
  const object = list.slice(1).filter((w) => !fillerWords.has(w));
  return object.length > 0 && object.length <= 5 ? object : undefined;
}

function pathObject(path: string): string[] {
  const literal = path
    .replace(/:[\w-]+/g, '')
    .split('/')
    .filter((s) => s !== '' && !s.startsWith('{') && !namespaceSegments.has(s));
  return literal.slice(-2).flatMap(words);
}

export function proposeOperationId(verb: string, heading: string | undefined, path: string): string {
  const verbWords = words(verb);
  const object = (heading ? headingObject(heading) : undefined) ?? pathObject(path);
  const rest = object.filter((w, i) => !(i < verbWords.length && w === verbWords[i]));
  return verb + pascal(rest);
}
