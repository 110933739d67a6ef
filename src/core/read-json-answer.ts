// The one reader for "a JSON answer of a given shape, or a typed error" that the helpers share
// (Nue auth, jobs and GraphQL, Maileon's next pages). The helpers get the body as text from the
// core client, which reads it within the call's retries; this file only parses it. It never
// quotes the body in an error: a body may hold secrets (a token in a login answer) that the
// redactor has not been told yet.
import type { RequestDescription } from './errors/request-error.js';
import { ResponseParseError } from './errors/response-parse-error.js';
import type { Redactor } from './redaction/redactor.js';

export type JsonShape = 'object' | 'array';

type ShapeValue<Shape extends JsonShape> = Shape extends 'object' ? Record<string, unknown> : unknown[];

/** What an answer belongs to, for errors: the call and the redactor that masks its URL. */
export interface AnswerOrigin {
  method: string;
  pathTemplate: string;
  redactor: Redactor;
}

export function describeAnswer(response: Response, origin: AnswerOrigin): RequestDescription {
  return { method: origin.method, pathTemplate: origin.pathTemplate, url: origin.redactor.url(response.url) };
}

/**
 * Parses `text` as JSON of the given shape. `expected` names what was expected, for the error
 * (e.g. "an AuthenticationResult"). An empty body, non-JSON or another shape is a ResponseParseError.
 */
export function parseJsonAnswer<Shape extends JsonShape>(
  text: string,
  response: Response,
  origin: AnswerOrigin,
  shape: Shape,
  expected: string,
): ShapeValue<Shape> {
  const fail = (reason: string) => new ResponseParseError(describeAnswer(response, origin), `${reason}, expected ${expected}`);
  if (text.trim() === '') throw fail('the body is empty');
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw fail(`the body is not JSON (content-type ${response.headers.get('content-type') ?? 'none'})`);
  }
  const isArray = Array.isArray(value);
  const fits = shape === 'array' ? isArray : value !== null && typeof value === 'object' && !isArray;
  if (!fits) throw fail(`the body is a JSON ${describeJsonType(value)}`);
  return value as ShapeValue<Shape>;
}

function describeJsonType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}
