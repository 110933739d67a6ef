// Every XOVI answer is an envelope; only `0k.` (with a zero) means success.
import { XoviCostError } from './xovi-cost-error.js';
import { XoviError } from './xovi-error.js';

export const SUCCESS_MESSAGE = '0k.';

export function envelopeError(message: string, code: number | undefined, status: number): XoviError {
  return message === 'cost error' ? new XoviCostError(message, code, status) : new XoviError(message, code, status);
}

export function isEnvelope(body: unknown): body is { apiErrorCode?: unknown; apiErrorMessage: string; apiResult?: unknown } {
  return typeof body === 'object' && body !== null && typeof (body as { apiErrorMessage?: unknown }).apiErrorMessage === 'string';
}

/** Reads code and message out of the XML rendering without an XML parser: both are flat text elements. */
export function readXmlEnvelope(xml: string): { code: number | undefined; message: string | undefined } {
  const message = /<apiErrorMessage>([^<]*)<\/apiErrorMessage>/.exec(xml)?.[1]?.trim();
  const code = /<apiErrorCode>\s*(-?\d+)\s*<\/apiErrorCode>/.exec(xml)?.[1];
  return { code: code === undefined ? undefined : Number(code), message };
}
