// nue-credit-stats.txt is a flattened web page: lower-cased, with ':', '.' and '-' lost
// ("https //api nue io/customers/{customerid}/credit stats?accountpoolids=string"). This reads
// what coverage needs from it: the operation, its parameters and its documented responses.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { placeholders } from '../openapi/path-template.js';
import type { CreditStatsPage } from './model.js';

export const creditStatsFileName = 'nue-credit-stats.txt';

export function parseCreditStatsPage(docsFolder: string): CreditStatsPage {
  const file = path.join(docsFolder, creditStatsFileName);
  const text = readFileSync(file, 'utf8');
  const url = /curl location globoff '(https \/\/api nue io)?([^'?\s]*(?: [^'?\s]*)*)\?([^']*)'/.exec(text);
  const method = /method '(\w+)'/.exec(text)?.[1];
  if (!url || !method) throw new Error(`${file}: no request URL or method found`);
  const pathText = url[2]!.replace(/ /g, '-');
  const parameters = [
    ...placeholders(pathText).map((name) => ({ name, in: 'path' })),
    ...url[3]!.split('&').map((pair) => ({ name: pair.split('=')[0]!, in: 'query' })),
  ];
  const responsesText = text.slice(text.indexOf(' responses '));
  const responses = responsesText
    .split('//')
    .slice(1)
    .map((chunk) => chunk.split('{')[0]!.trim())
    .filter(Boolean);
  return { file, method: method.toUpperCase(), path: pathText, parameters, responses };
}
