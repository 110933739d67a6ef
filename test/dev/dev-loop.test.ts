// `npm run dev` on a scratch copy of the spec (never the repository's own): what a save does to
// generated/, what the loop prints, how it gets through a broken save, and that it stops cleanly.
// No timing is asserted here; bench/spec-loop.ts measures the loop's speed.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DevEvent, type DevLoop, startDevLoop } from '../../scripts/dev/dev-loop.js';
import { type ScratchRoot, scratchRoot } from '../../scripts/dev/scratch-root.js';
import { repoRoot } from '../../scripts/openapi/redocly-apis.js';

const getOrder = path.join('spec', 'nue', 'paths', 'revenue-manager', 'getOrder.yaml');
const exportJob = path.join('spec', 'nue', 'paths', 'lifecycle-manager', 'createGraphqlExportJob.yaml');
const nueIndex = path.join('spec', 'nue', 'openapi.yaml');
const getOrderPath = '  /v1/orders/{orderId}:\n    get:\n      $ref: paths/revenue-manager/getOrder.yaml\n';

/** A dev loop on its own scratch copy, recording what it prints and reports. */
class Session {
  readonly lines: string[] = [];
  readonly events: DevEvent[] = [];
  loop!: DevLoop;

  constructor(readonly scratch: ScratchRoot) {}

  async start(docs: boolean): Promise<this> {
    this.loop = await startDevLoop({
      root: this.scratch.root,
      docs,
      log: (line) => this.lines.push(...line.split('\n')),
      onEvent: (event) => this.events.push(event),
    });
    return this;
  }

  read(file: string): string {
    return readFileSync(path.join(this.scratch.root, file), 'utf8');
  }

  /** Saves `file` and waits for the first event of the loop's answer that `matches`. */
  async save<T extends DevEvent>(file: string, text: string, matches: (event: DevEvent) => event is T): Promise<{ event: T; printed: string[] }> {
    const [eventsBefore, linesBefore] = [this.events.length, this.lines.length];
    writeFileSync(path.join(this.scratch.root, file), text);
    const event = await waitFor(() => this.events.slice(eventsBefore).find(matches));
    await this.loop.idle();
    return { event, printed: this.lines.slice(linesBefore) };
  }

  async stop(): Promise<void> {
    await this.loop?.close();
    this.scratch.remove();
  }
}

async function waitFor<T>(find: () => T | undefined): Promise<T> {
  for (;;) {
    const found = find();
    if (found !== undefined) return found;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

const typesOf =
  (api: string) =>
  (event: DevEvent): event is Extract<DevEvent, { type: 'types' }> =>
    event.type === 'types' && event.api === api;
const failureOf =
  (api: string) =>
  (event: DevEvent): event is Extract<DevEvent, { type: 'failed' }> =>
    event.type === 'failed' && event.api === api;
const lintOf =
  (api: string) =>
  (event: DevEvent): event is Extract<DevEvent, { type: 'lint' }> =>
    event.type === 'lint' && event.api === api;

describe('npm run dev on a scratch copy of the spec', () => {
  let session: Session;
  let originals: Map<string, string>;

  beforeAll(async () => {
    session = await new Session(scratchRoot()).start(false);
    originals = new Map([getOrder, exportJob, nueIndex].map((file) => [file, session.read(file)]));
  }, 120_000);

  afterAll(() => session?.stop());

  /** Puts a file back as it was, and waits for the loop to have handled it. */
  async function restore(file: string) {
    if (session.read(file) !== originals.get(file)) await session.save(file, originals.get(file)!, typesOf('nue'));
  }

  it('says it is watching', () => {
    expect(session.lines.some((line) => line.includes('watching'))).toBe(true);
  });

  it('rewrites generated/nue.ts after a summary edit and reports that operation as retyped', async () => {
    const before = session.read('generated/nue.ts');
    const { event, printed } = await session.save(getOrder, originals.get(getOrder)!.replace('summary: Get Order', 'summary: Get one Order'), typesOf('nue'));
    expect(event.changed).toBe(true);
    expect(event.changes.retyped).toEqual([{ id: 'getOrder', route: 'GET /v1/orders/{orderId}' }]);
    const after = session.read('generated/nue.ts');
    expect(after).not.toBe(before);
    expect(after).toContain('Get one Order');
    expect(printed).toContain('nue:     retyped getOrder (GET /v1/orders/{orderId})');
    await restore(getOrder);
  });

  it('reports an operation whose parameter changed type as retyped', async () => {
    const text = originals.get(exportJob)!;
    const edited = text.replace(
      '  - name: format\n    in: query\n    required: false\n    schema:\n      type: string',
      '  - name: format\n    in: query\n    required: false\n    schema:\n      type: integer',
    );
    expect(edited).not.toBe(text);
    const { event, printed } = await session.save(exportJob, edited, typesOf('nue'));
    expect(event.changes.retyped.map((change) => change.id)).toEqual(['createGraphqlExportJob']);
    expect(session.read('generated/nue.ts')).toMatch(/format\?: number;/);
    expect(printed.some((line) => line.includes('retyped createGraphqlExportJob'))).toBe(true);
    await restore(exportJob);
  });

  it('reports an operation taken out of the index as removed, and put back as added', async () => {
    const index = originals.get(nueIndex)!;
    expect(index).toContain(getOrderPath);
    const removed = await session.save(nueIndex, index.replace(getOrderPath, '  /v1/orders/{orderId}:\n'), typesOf('nue'));
    expect(removed.event.changes.removed).toEqual([{ id: 'getOrder', route: 'GET /v1/orders/{orderId}' }]);
    expect(removed.printed).toContain('nue:     removed getOrder (GET /v1/orders/{orderId})');
    expect(session.read('generated/nue.ts')).not.toContain('getOrder:');

    const added = await session.save(nueIndex, index, typesOf('nue'));
    expect(added.event.changes.added).toEqual([{ id: 'getOrder', route: 'GET /v1/orders/{orderId}' }]);
    expect(added.printed.some((line) => line.includes('added   getOrder (GET /v1/orders/{orderId})'))).toBe(true);
  });

  it('prints a YAML syntax error, leaves generated/ alone, and regenerates on the next good save', async () => {
    const before = session.read('generated/nue.ts');
    const broken = await session.save(getOrder, originals.get(getOrder)!.replace('summary: Get Order', 'summary: [Get Order'), failureOf('nue'));
    expect(broken.printed.join('\n')).toMatch(/getOrder\.yaml.*(indentation|flow collection|unexpected end)/);
    expect(broken.printed).toContain('nue: generated/nue.ts left as it was');
    expect(session.read('generated/nue.ts')).toBe(before);

    const fixed = await session.save(getOrder, originals.get(getOrder)!.replace('summary: Get Order', 'summary: Get Order, fixed'), typesOf('nue'));
    expect(fixed.event.changes.retyped.map((change) => change.id)).toEqual(['getOrder']);
    expect(session.read('generated/nue.ts')).toContain('Get Order, fixed');
    await restore(getOrder);
  });

  it('prints a lint error and carries on with the next good save', async () => {
    const withoutSummary = originals.get(getOrder)!.replace(/^summary: .*\n/m, '');
    const linted = await session.save(getOrder, withoutSummary, lintOf('nue'));
    expect(linted.event.totals.errors).toBe(1);
    expect(linted.printed).toContain('nue: 1 errors, 0 warnings, 2 accepted in .redocly.lint-ignore.yaml');
    expect(linted.printed.some((line) => /getOrder\.yaml:\d+:\d+ {2}error {2}operation-summary/.test(line))).toBe(true);

    const fixed = await session.save(getOrder, originals.get(getOrder)!.replace('summary: Get Order', 'summary: Get Order again'), lintOf('nue'));
    expect(fixed.event.totals).toEqual({ errors: 0, warnings: 0, ignored: 2 });
    expect(session.read('generated/nue.ts')).toContain('Get Order again');
    await restore(getOrder);
  });

  it('leaves generated/ byte for byte as `npm run generate` writes it once the edits are undone', async () => {
    for (const file of originals.keys()) expect(session.read(file)).toBe(originals.get(file));
    for (const file of ['nue.ts', 'nue.validation.ts', 'xovi.ts', 'maileon.ts']) {
      expect(session.read(path.join('generated', file)), file).toBe(readFileSync(path.join(repoRoot, 'generated', file), 'utf8'));
    }
  });
});

describe('npm run dev with the docs', () => {
  let session: Session;
  beforeAll(async () => {
    session = await new Session(scratchRoot()).start(true);
  }, 120_000);
  afterAll(() => session?.stop());

  it('rebuilds the edited API page after the types', async () => {
    const docs = (event: DevEvent): event is Extract<DevEvent, { type: 'docs' }> => event.type === 'docs' && event.api === 'nue';
    const { event, printed } = await session.save(getOrder, session.read(getOrder).replace('summary: Get Order', 'summary: Get Order for the docs'), docs);
    expect(event.file).toBe(path.join(session.scratch.root, 'docs', 'nue.html'));
    expect(readFileSync(event.file, 'utf8')).toContain('Get Order for the docs');
    expect(existsSync(path.join(session.scratch.root, 'docs', 'index.html'))).toBe(true);
    const typesLine = printed.findIndex((line) => line.startsWith('nue: generated/nue.ts written'));
    const docsLine = printed.findIndex((line) => line.startsWith('nue: docs/nue.html written'));
    expect(typesLine).toBeGreaterThanOrEqual(0);
    expect(docsLine).toBeGreaterThan(typesLine);
  }, 120_000);
});

describe('npm run dev as a command', () => {
  it('starts on --root, and on Ctrl-C stops with nothing left running', async () => {
    const scratch = scratchRoot();
    try {
      const child = spawn(process.execPath, ['--import', 'tsx', path.join(repoRoot, 'scripts', 'dev.ts'), '--root', scratch.root, '--no-docs'], {
        cwd: repoRoot,
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let output = '';
      child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
        output += chunk;
      });
      child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
        output += chunk;
      });
      const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
      await waitFor(() => (output.includes('watching') ? true : undefined));
      expect(output).toContain(scratch.root);
      child.kill('SIGINT');
      // The process ends by itself once the loop is closed: a watcher or timer left open would keep it alive.
      expect(await exited).toBe(0);
      expect(output).toContain('dev: stopped');
    } finally {
      scratch.remove();
    }
  }, 120_000);
});
