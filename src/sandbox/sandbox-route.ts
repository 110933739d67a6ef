// What a vendor's routes in the sandbox see and answer. Routes are plain functions of the request,
// so each vendor's file holds only that vendor's rules; the server does the HTTP.
import type { IncomingHttpHeaders } from 'node:http';

export interface SandboxRequest {
  method: string;
  /** The path below the vendor's prefix (`/user/getCreditstate`, not `/xovi/user/getCreditstate`), still percent-encoded. */
  path: string;
  query: URLSearchParams;
  headers: IncomingHttpHeaders;
  /** The request body as text ('' when there is none). */
  body: string;
  /** The vendor's base URL on the sandbox, for links to other pages. */
  baseUrl: string;
}

export interface SandboxAnswer {
  status: number;
  headers?: Record<string, string | string[]>;
  /** Sent as JSON; a string is sent as it is (with its own content-type header). */
  body?: unknown;
}

/** A vendor's routes: the answer, or undefined when the request is not one of its operations. */
export type SandboxRoutes = (request: SandboxRequest) => SandboxAnswer | undefined;

export function json(status: number, body: unknown, headers: Record<string, string | string[]> = {}): SandboxAnswer {
  return { status, body, headers: { 'content-type': 'application/json', ...headers } };
}

/** A whole number from a query parameter within [min, max]; the fallback when absent, undefined when invalid. */
export function wholeNumber(query: URLSearchParams, name: string, fallback: number, min: number, max: number): number | undefined {
  const raw = query.get(name);
  if (raw === null) return fallback;
  const value = Number(raw);
  return /^\d+$/.test(raw) && value >= min && value <= max ? value : undefined;
}

/** The body as JSON, or undefined when it is not JSON. */
export function jsonBody(request: SandboxRequest): unknown {
  try {
    return JSON.parse(request.body) as unknown;
  } catch {
    return undefined;
  }
}

/** The examples' items in order, each id once (examples of one operation may repeat an item). */
export function uniqueById<Item extends { id?: unknown }>(items: Item[]): Item[] {
  const seen = new Set<unknown>();
  return items.filter((item) => !seen.has(item.id ?? item) && seen.add(item.id ?? item));
}
