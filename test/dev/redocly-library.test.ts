// Lint and bundle run through Redocly's library in-process (scripts/openapi/redocly.ts) instead
// of one `redocly` CLI process per API and step. The CLI stays in node_modules (the docs and
// `redocly diff` use it), so these tests hold the two to the same answers: the bundles byte for
// byte, and lint's findings and totals, on the real spec (whose accepted findings must stay
// accepted) and on a copy with a fault for several of redocly.yaml's rules.
import { execFile } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundleSpec } from '../../scripts/openapi/bundle-spec.js';
import { lintSpecs } from '../../scripts/openapi/lint-specs.js';
import { apiRootFile, bundleSpecText, lintApi, loadRedoclyProject, type RedoclyProject } from '../../scripts/openapi/redocly.js';
import { readApis } from '../../scripts/openapi/redocly-apis.js';
import { repoRoot } from '../../scripts/repo-root.js';
import { type ScratchRoot, scratchRoot } from '../support/scratch-root.js';

function redocly(args: string[], cwd: string): Promise<string> {
  const bin = path.join(repoRoot, 'node_modules', '.bin', 'redocly');
  return new Promise((resolve, reject) => {
    const env = { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true' };
    // `redocly lint` exits 1 on errors; its JSON report is what counts.
    execFile(bin, args, { cwd, env, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      if (stdout.trim() !== '' || !error) resolve(stdout);
      else reject(new Error(`redocly ${args.join(' ')}: ${stderr}`));
    });
  });
}

interface CliLintReport {
  totals: { errors: number; warnings: number; ignored: number };
  problems: { ruleId: string; severity: string; message: string; location: { source: { ref: string }; pointer: string }[] }[];
}

/** Each API's findings as `severity ruleId file#pointer message`, sorted, from both. */
async function bothLints(project: RedoclyProject) {
  return Promise.all(
    project.apis.map(async (api) => {
      const [library, cliText] = await Promise.all([lintApi(project, api), redocly(['lint', api.name, '--format=json'], project.root)]);
      const cli = JSON.parse(cliText) as CliLintReport;
      const described = (severity: string, ruleId: string, file: string, pointer: string, message: string) =>
        `${severity} ${ruleId} ${file}${pointer} ${message}`;
      return {
        api: api.name,
        library: {
          totals: library.totals,
          findings: library.findings.map((f) => described(f.severity, f.ruleId, f.file, f.pointer, f.message)).sort(),
        },
        cli: {
          totals: cli.totals,
          findings: cli.problems
            .map((p) =>
              described(
                p.severity,
                p.ruleId,
                path.relative(project.root, path.resolve(project.root, p.location[0]!.source.ref)),
                p.location[0]!.pointer,
                p.message,
              ),
            )
            .sort(),
        },
      };
    }),
  );
}

describe("Redocly's library against its CLI", () => {
  it('bundles every API byte for byte as `redocly bundle --ext json`, and the synchronous helper does too', async () => {
    const project = await loadRedoclyProject();
    const scratch = scratchRoot();
    try {
      for (const api of project.apis) {
        const output = path.join(scratch.root, `${api.name}.json`);
        await redocly(['bundle', apiRootFile(project, api), '--output', output, '--ext', 'json'], repoRoot);
        const { json } = await bundleSpecText(project, apiRootFile(project, api));
        expect(json, api.name).toBe(readFileSync(output, 'utf8'));
        expect(bundleSpec(apiRootFile(project, api)), api.name).toEqual(JSON.parse(json));
      }
    } finally {
      scratch.remove();
    }
  }, 180_000);

  it('lints the spec as `redocly lint` does, the accepted findings still accepted', async () => {
    const results = await bothLints(await loadRedoclyProject());
    for (const { api, library, cli } of results) expect(library, api).toEqual(cli);
    expect(results.find((result) => result.api === 'nue')?.library.totals).toEqual({ errors: 0, warnings: 0, ignored: 2 });
  }, 180_000);

  describe('on a copy with faults', () => {
    let scratch: ScratchRoot;
    beforeAll(() => {
      scratch = scratchRoot();
      const edit = (file: string, ...replacements: [string | RegExp, string][]) => {
        const target = path.join(scratch.root, file);
        let text = readFileSync(target, 'utf8');
        for (const [from, to] of replacements) {
          const next = text.replace(from, to);
          if (next === text) throw new Error(`${file}: ${from} not found`);
          text = next;
        }
        writeFileSync(target, text);
      };
      edit(
        'spec/nue/paths/revenue-manager/getOrder.yaml',
        [/^summary: .*\n/m, ''], // operation-summary
        ['operationId: getOrder', 'operationId: get_order'], // rule/operation-id-camel-case
        ['  - Orders (Revenue Manager)', '  - Not A Tag'], // operation-tag-defined
        ['  "400":\n    $ref: ../../components/responses/BadRequest.yaml\n  "404":\n    $ref: ../../components/responses/NotFound.yaml\n', ''], // operation-4xx-response
      );
      edit('spec/nue/paths/lifecycle-manager/activateEntity.yaml', ['parameters/IdPath.yaml', 'parameters/Missing.yaml']); // no-unresolved-refs
      edit('spec/xovi/openapi.yaml', ['\ntags:\n', '\ntags:\n  - name: NoDescription\n']); // tag-description
      edit(
        'spec/maileon/openapi.yaml',
        ['  schemas:\n    ContingentStatus:\n', '  schemas:\n    Unused:\n      type: string\n    ContingentStatus:\n'], // no-unused-components
        ['                      id: 321\n', '                      id: not-a-number\n'], // no-invalid-media-type-examples
        ['servers:\n  - url: https://api.maileon.com\n', 'servers:\n  - url: https://api.maileon.com/\n'], // no-server-trailing-slash
      );
    });
    afterAll(() => scratch?.remove());

    it('finds what `redocly lint` finds, rule by rule, with the same totals', async () => {
      const results = await bothLints(await loadRedoclyProject(scratch.root));
      for (const { api, library, cli } of results) expect(library, api).toEqual(cli);
      const rules = new Set(results.flatMap((result) => result.library.findings.map((finding) => finding.split(' ')[1])));
      for (const rule of [
        'operation-summary',
        'rule/operation-id-camel-case',
        'operation-tag-defined',
        'operation-4xx-response',
        'no-unresolved-refs',
        'tag-description',
        'no-unused-components',
        'no-invalid-media-type-examples',
        'no-server-trailing-slash',
      ]) {
        expect(rules, rule).toContain(rule);
      }
      expect(readApis(scratch.root).map((api) => api.name)).toEqual(results.map((result) => result.api));
    }, 180_000);

    it('fails `npm run spec:lint` (and so the build), listing the findings', async () => {
      const printed: string[] = [];
      expect(await lintSpecs(await loadRedoclyProject(scratch.root), (line) => printed.push(line))).toBe(false);
      expect(printed.some((line) => /^nue: [1-9]\d* errors, 0 warnings, 2 accepted in \.redocly\.lint-ignore\.yaml$/.test(line))).toBe(true);
      expect(printed.some((line) => /^ {2}spec\/nue\/paths\/revenue-manager\/getOrder\.yaml:\d+:\d+ {2}error {2}operation-summary/.test(line))).toBe(true);
    }, 180_000);
  });

  it('fails `npm run spec:lint` on a warning alone, as it always has', async () => {
    const scratch = scratchRoot();
    try {
      const file = path.join(scratch.root, 'spec', 'maileon', 'openapi.yaml');
      const text = readFileSync(file, 'utf8');
      const edited = text.replace(
        '          format: int64\n          description: The id of the contingent.',
        '          format: int64\n          example: not-a-number\n          description: The id of the contingent.',
      );
      expect(edited).not.toBe(text);
      writeFileSync(file, edited);
      const printed: string[] = [];
      expect(await lintSpecs(await loadRedoclyProject(scratch.root), (line) => printed.push(line))).toBe(false);
      expect(printed).toContain('maileon: 0 errors, 1 warnings');
      expect(printed.some((line) => line.includes('warning  no-invalid-schema-examples'))).toBe(true);
      expect(await lintSpecs(await loadRedoclyProject(), () => {})).toBe(true);
    } finally {
      scratch.remove();
    }
  }, 180_000);
});
