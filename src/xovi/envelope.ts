// Every XOVI answer is an envelope (spec/xovi: CreditstateEnvelope, ErrorEnvelope), as JSON or XML.
// Only `0k.` (with a zero) and code 0 mean success. The code may arrive as a numeric string (X3),
// code 2 means an invalid key and code 80 a missing parameter named in `paramname` (X2).
import type { ApiErrorDetails } from '../core/errors.js';
import type { Redactor } from '../core/redaction/redactor.js';
import { XoviAuthError, XoviCostError, XoviError, type XoviErrorDetails, XoviParamError } from './errors.js';

export const SUCCESS_MESSAGE = '0k.';
const INVALID_KEY_CODE = 2;
const PARAM_MISSING_CODE = 80;

export interface Envelope {
  message: string;
  code: number | undefined;
  result: unknown;
  paramName: string | undefined;
  credits: unknown;
}

/** The envelope of a JSON body, or undefined when the body is not one. */
export function readJsonEnvelope(body: unknown): Envelope | undefined {
  if (!body || typeof body !== 'object' || Array.isArray(body)) return undefined;
  const record = body as Record<string, unknown>;
  const code = readCode(record.apiErrorCode);
  if (typeof record.apiErrorMessage !== 'string' || code === null) return undefined;
  return {
    message: record.apiErrorMessage,
    code,
    result: record.apiResult,
    paramName: stringOrUndefined(record.paramname ?? record.paramName),
    credits: record.credits,
  };
}

/** The envelope of the XML rendering, read without an XML parser: its fields are flat text elements. */
export function readXmlEnvelope(xml: string): Envelope | undefined {
  const message = element(xml, 'apiErrorMessage');
  const code = readCode(element(xml, 'apiErrorCode'));
  if (message === undefined || code === null) return undefined;
  return { message, code, result: undefined, paramName: element(xml, 'paramname'), credits: element(xml, 'credits') };
}

export function isSuccess(envelope: Envelope): boolean {
  return envelope.message === SUCCESS_MESSAGE && (envelope.code === undefined || envelope.code === 0);
}

/** The error an unsuccessful envelope stands for (`answer`: the answer that carried it, its body masked); its message is masked too, since XOVI may echo the URL with the key. */
export function envelopeError(envelope: Envelope, answer: ApiErrorDetails, redactor: Redactor): XoviError {
  const details: XoviErrorDetails = {
    ...answer,
    apiErrorMessage: redactor.text(envelope.message),
    apiErrorCode: envelope.code,
    credits: redactor.value(envelope.credits),
  };
  if (envelope.code === INVALID_KEY_CODE) return new XoviAuthError('invalid-key', details);
  if (envelope.code === PARAM_MISSING_CODE)
    return new XoviParamError(details, envelope.paramName === undefined ? undefined : redactor.text(envelope.paramName));
  if (envelope.message === 'cost error') return new XoviCostError(details);
  return new XoviError(details);
}

/** A number, a numeric string as its number, undefined when absent, null when it is anything else. */
function readCode(value: unknown): number | undefined | null {
  if (value === undefined) return undefined;
  if (typeof value === 'number' && Number.isInteger(value)) return value;
  if (typeof value === 'string' && /^\s*-?\d+\s*$/.test(value)) return Number(value);
  return null;
}

function element(xml: string, name: string): string | undefined {
  return new RegExp(`<${name}>([^<]*)</${name}>`).exec(xml)?.[1]?.trim();
}

function stringOrUndefined(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}
