// The curl sample of an operation: the same request as the TypeScript sample (sample-call.ts),
// written as the HTTP the spec describes. The key comes from the same environment variable
// and goes where the spec puts it: the operation's first security alternative (a header or a
// query parameter), or the parameters the client fills in with it (XOVI's `key`). Parameters
// are serialised by their style (form, exploded unless `explode: false`; deepObject), JSON
// `content` parameters JSON-encoded; a JSON body is sent with `-d`, a multipart one with `-F`.
import type { Json, OpenApiDocument } from '../openapi/document.js';
import type { OperationEntry } from '../openapi/operations.js';
import type { SampleClient } from './clients.js';
import type { SampleCall } from './sample-call.js';

/** Stands for the API key until the words are quoted for the shell. */
const KEY = '\u0000key\u0000';

/** One shell word: single-quoted, or double-quoted when it holds the key's variable. */
function shellWord(text: string, keyVariable: string): string {
  if (!text.includes(KEY)) return `'${text.replace(/'/g, `'\\''`)}'`;
  const parts = text.split(KEY).map((part) => part.replace(/[\\"$`]/g, (c) => `\\${c}`));
  // `$NAME`, or `${NAME}` where a letter, digit or underscore follows.
  return `"${parts.reduce((word, part) => `${word}${/^\w/.test(part) ? `\${${keyVariable}}` : `$${keyVariable}`}${part}`)}"`;
}

const encode = (value: unknown) => encodeURIComponent(typeof value === 'string' ? value : JSON.stringify(value));

/** `name=value` pairs of one query parameter, as its style serialises it. */
function queryPairs(parameter: Json, value: unknown): string[] {
  const name = String(parameter.name);
  const style = String(parameter.style ?? 'form');
  const explode = parameter.explode ?? style === 'form';
  if (Array.isArray(value)) return explode ? value.map((item) => `${encode(name)}=${encode(item)}`) : [`${encode(name)}=${value.map(encode).join(',')}`];
  if (value && typeof value === 'object') {
    const entries = Object.entries(value);
    if (style === 'deepObject') return entries.map(([k, v]) => `${encode(name)}%5B${encode(k)}%5D=${encode(v)}`);
    return explode ? entries.map(([k, v]) => `${encode(k)}=${encode(v)}`) : [`${encode(name)}=${entries.flat().map(encode).join(',')}`];
  }
  return [`${encode(name)}=${encode(value)}`];
}

/** Where the operation's first security alternative puts the key: headers and query parameters. */
function keyPlacement(document: OpenApiDocument, entry: OperationEntry): { headers: string[]; query: string[] } {
  const requirements = (entry.operation.security ?? document.security ?? []) as Record<string, unknown>[];
  const schemes = (document.components?.securitySchemes ?? {}) as Record<string, Json>;
  const placement = { headers: [] as string[], query: [] as string[] };
  for (const name of Object.keys(requirements[0] ?? {})) {
    const scheme = schemes[name];
    if (scheme?.type !== 'apiKey' || (scheme.in !== 'header' && scheme.in !== 'query')) {
      throw new Error(`code samples: ${entry.method.toUpperCase()} ${entry.path}: security scheme "${name}" is not an API key in a header or the query`);
    }
    if (scheme.in === 'header') placement.headers.push(`${String(scheme.name)}: ${KEY}`);
    else placement.query.push(`${encode(scheme.name)}=${KEY}`);
  }
  return placement;
}

function serverUrl(document: OpenApiDocument, entry: OperationEntry): string {
  const servers = (entry.operation.servers ?? entry.item.servers ?? document.servers) as Json[] | undefined;
  return String(servers?.[0]?.url ?? '').replace(/\/$/, '');
}

function jsonText(value: unknown): string {
  const compact = JSON.stringify(value);
  return compact.length <= 80 ? compact : JSON.stringify(value, null, 2);
}

export function curlSample(document: OpenApiDocument, entry: OperationEntry, call: SampleCall, client: SampleClient): string {
  const isKey = (parameter: Json) => client.keyParameters.includes(String(parameter.name));
  const key = keyPlacement(document, entry);

  let path = call.path;
  const query: string[] = [];
  const headers: string[] = [];
  for (const parameter of call.parameters) {
    const name = String(parameter.name);
    const value = call.wireParams[String(parameter.in)]?.[name];
    if (parameter.in === 'path') {
      path = path.replace(`{${name}}`, isKey(parameter) ? KEY : Array.isArray(value) ? value.map(encode).join(',') : encode(value));
    } else if (parameter.in === 'query') {
      query.push(...(isKey(parameter) ? [`${encode(name)}=${KEY}`] : queryPairs(parameter, value)));
    } else if (parameter.in === 'header') {
      headers.push(`${name}: ${Array.isArray(value) ? value.join(',') : String(value)}`);
    }
  }
  query.push(...key.query);
  headers.unshift(...key.headers);

  const options: string[] = [];
  const body = call.body;
  if (body?.mediaType === 'multipart/form-data') {
    for (const [name, value] of Object.entries(body.value as Json)) {
      options.push(
        `-F ${shellWord(value instanceof Blob ? `${name}=@${name}` : `${name}=${typeof value === 'string' ? value : JSON.stringify(value)}`, client.apiKeyVariable)}`,
      );
    }
  } else if (body) {
    if (!headers.some((header) => header.toLowerCase().startsWith('content-type:'))) {
      headers.push(`Content-Type: ${body.mediaType.includes('*') ? 'application/json' : body.mediaType}`);
    }
    options.push(`-d ${shellWord(typeof body.value === 'string' ? body.value : jsonText(body.value), client.apiKeyVariable)}`);
  }
  options.unshift(...headers.map((header) => `-H ${shellWord(header, client.apiKeyVariable)}`));

  const url = `${serverUrl(document, entry)}${path}${query.length > 0 ? `?${query.join('&')}` : ''}`;
  const command = [`curl${call.method === 'GET' ? '' : ` -X ${call.method}`} ${shellWord(url, client.apiKeyVariable)}`, ...options.map((o) => `  ${o}`)];
  return `${command.join(' \\\n')}\n`;
}
