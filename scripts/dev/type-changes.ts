// What changed between two versions of a generated/<api>.ts, by operation: added, removed, and
// retyped (its generated text changed). An operation's text is everything openapi-typescript
// writes for it: its member in the `paths` interface (the summary and description as JSDoc, the
// method, the path-level parameters) and its entry in the `operations` interface (parameters,
// request body, responses). A change to a shared schema shows in `components` instead, and is
// reported as such. Reads openapi-typescript's printed layout: members of an interface at a
// fixed indentation, four spaces a level, each ending at the line that closes it there.

export interface OperationChange {
  /** The operationId, or `METHOD /path` for an operation without one. */
  id: string;
  /** `GET /v1/orders/{orderId}`. */
  route: string;
}

export interface TypeChanges {
  added: OperationChange[];
  removed: OperationChange[];
  retyped: OperationChange[];
  /** Components (`schemas.Order`, `responses.NotFound`) added, removed or changed. */
  components: string[];
  /** Operations of `after` that use a changed component, directly or through other components. */
  usingChangedComponents: number;
}

/** The members of an interface body at `indent` spaces: name → lines (with the JSDoc before it). */
function members(lines: string[], indent: number): Map<string, string> {
  const pad = ' '.repeat(indent);
  const found = new Map<string, string>();
  let pending: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (!line.startsWith(pad) || line.charAt(indent) === ' ') continue;
    if (line.startsWith(`${pad}/**`)) {
      pending = [line];
      while (!lines[i]!.trimEnd().endsWith('*/') && i + 1 < lines.length) pending.push(lines[++i]!);
      continue;
    }
    const name = /^\s*("(?:[^"\\]|\\.)*"|[\w$]+)\??:/.exec(line)?.[1];
    const body = [...pending, line];
    pending = [];
    if (line.trimEnd().endsWith('{')) {
      while (i + 1 < lines.length && !lines[i]!.startsWith(`${pad}}`)) body.push(lines[++i]!);
    }
    if (name) found.set(name.startsWith('"') ? (JSON.parse(name) as string) : name, body.join('\n'));
  }
  return found;
}

/** The lines between `export interface <name> {` and its closing `}`. */
function interfaceBody(text: string, name: string): string[] {
  const lines = text.split('\n');
  const start = lines.indexOf(`export interface ${name} {`);
  if (start === -1) return [];
  const end = lines.indexOf('}', start);
  return lines.slice(start + 1, end === -1 ? undefined : end);
}

const methods = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];

/** Every operation of a generated file: id → its route and text. */
function operationTexts(text: string): Map<string, { route: string; text: string }> {
  const operations = members(interfaceBody(text, 'operations'), 4);
  const found = new Map<string, { route: string; text: string }>();
  for (const [path, item] of members(interfaceBody(text, 'paths'), 4)) {
    const parts = members(item.split('\n'), 8);
    const shared = parts.get('parameters') ?? '';
    for (const method of methods) {
      const member = parts.get(method);
      if (!member || /\?: never;$/.test(member)) continue;
      const route = `${method.toUpperCase()} ${path}`;
      const id = /operations\["([^"]+)"\]/.exec(member)?.[1];
      found.set(id ?? route, { route, text: [shared, member, id ? (operations.get(id) ?? '') : ''].join('\n') });
    }
  }
  return found;
}

function componentTexts(text: string): Map<string, string> {
  const found = new Map<string, string>();
  for (const [section, body] of members(interfaceBody(text, 'components'), 4)) {
    for (const [name, member] of members(body.split('\n'), 8)) found.set(`${section}.${name}`, member);
  }
  return found;
}

/** What changed from `before` to `after` (an empty `before`: everything is added). */
export function typeChanges(before: string, after: string): TypeChanges {
  const old = operationTexts(before);
  const current = operationTexts(after);
  const changes: TypeChanges = { added: [], removed: [], retyped: [], components: [], usingChangedComponents: 0 };
  for (const [id, { route, text }] of current) {
    const previous = old.get(id);
    if (!previous) changes.added.push({ id, route });
    else if (previous.text !== text) changes.retyped.push({ id, route });
  }
  for (const [id, { route }] of old) if (!current.has(id)) changes.removed.push({ id, route });
  const oldComponents = componentTexts(before);
  const components = componentTexts(after);
  for (const [name, text] of components) if (oldComponents.get(name) !== text) changes.components.push(name);
  for (const name of oldComponents.keys()) if (!components.has(name)) changes.components.push(name);
  if (changes.components.length > 0) {
    const reaching = componentsReaching(new Set(changes.components), components);
    changes.usingChangedComponents = [...current.values()].filter(({ text }) => references(text).some((name) => reaching.has(name))).length;
  }
  return changes;
}

const componentRef = /components\["(\w+)"\]\["((?:[^"\\]|\\.)*)"\]/g;

/** The components a text refers to, as `section.name`. */
function references(text: string): string[] {
  return [...text.matchAll(componentRef)].map(([, section, name]) => `${section}.${name}`);
}

/** `changed` and every component that refers to one of them, directly or through others. */
function componentsReaching(changed: Set<string>, components: Map<string, string>): Set<string> {
  const refs = new Map([...components].map(([name, text]) => [name, references(text)]));
  const reaching = new Set(changed);
  for (let grew = true; grew; ) {
    grew = false;
    for (const [name, targets] of refs) {
      if (!reaching.has(name) && targets.some((target) => reaching.has(target))) {
        reaching.add(name);
        grew = true;
      }
    }
  }
  return reaching;
}

/** The lines `npm run dev` prints for the changes: a count, then one line per operation. */
export function describeTypeChanges(changes: TypeChanges): string[] {
  const counts = [`${changes.added.length} added`, `${changes.removed.length} removed`, `${changes.retyped.length} retyped`];
  const lines = [`operations: ${counts.join(', ')}`];
  for (const [word, list] of [
    ['added', changes.added],
    ['removed', changes.removed],
    ['retyped', changes.retyped],
  ] as const) {
    for (const { id, route } of list) lines.push(`  ${word.padEnd(7)} ${id === route ? route : `${id} (${route})`}`);
  }
  if (changes.components.length > 0) {
    const shown = changes.components.slice(0, 10).join(', ');
    const more = changes.components.length > 10 ? `, … (${changes.components.length} in all)` : '';
    lines.push(`components changed: ${shown}${more}; ${changes.usingChangedComponents} operations use them`);
  }
  return lines;
}
