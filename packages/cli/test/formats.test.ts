import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv from 'ajv';
import { generator } from '../../core/test/helpers/random.js';
import { checkXml } from './helpers/xml-check.js';

// The report formats users ask peers for, through the built bin in a temporary repository: GitLab's
// secret-detection report, JUnit XML and GitHub workflow commands, from scan, staged, history and bundle.

const bin = fileURLToPath(new URL('../bin/keyward.js', import.meta.url));
const g = generator(1313);
const key = `lmif_live_${g.chars(32)}`;
const other = `lmif_live_${g.chars(32)}`;
/** A file name that would end a workflow command, an XML attribute and a JSON string if left unescaped. */
const hostile = 'src/a,b:c%0A "q" <x> & \'y\'.ts';
let repo: string;

const keyward = (args: string[], cwd = repo) =>
  // a SARIF log lists a rule per detector (861): over spawnSync's 1 MB default
  spawnSync(process.execPath, [bin, ...args], {
    cwd,
    encoding: 'utf8',
    maxBuffer: 1 << 26,
    env: { ...process.env, NO_COLOR: '1' },
  });

beforeAll(() => {
  repo = mkdtempSync(path.join(tmpdir(), 'keyward-formats-'));
  const git = (...args: string[]) => execFileSync('git', args, { cwd: repo, encoding: 'utf8' });
  git('init', '-q', '-b', 'main');
  git('config', 'user.email', 'f@example.invalid');
  git('config', 'user.name', 'F');
  // the same key in four files, and twice in one of them
  for (const name of ['one', 'two', 'three', 'four'])
    write(
      `src/${name}.ts`,
      `export const key = '${key}';\n${name === 'one' ? `export const again = '${key}';\n` : ''}`,
    );
  write(hostile, `export const k = '${other}';\n`);
  git('add', '.');
  git('commit', '-qm', 'keys', '--no-verify');
  write('src/staged.ts', `export const staged = '${other}';\n`);
  git('add', 'src/staged.ts');
  write('dist/assets/app.js', `var k=${JSON.stringify(key)};\n`);
});
afterAll(() => rmSync(repo, { recursive: true, force: true }));

function write(file: string, text: string): void {
  mkdirSync(path.dirname(path.join(repo, file)), { recursive: true });
  writeFileSync(path.join(repo, file), text);
}

/** GitLab's secret-detection report, schema version 15, as far as GitLab documents its fields. */
const GITLAB_SCHEMA = {
  type: 'object',
  required: ['version', 'vulnerabilities', 'scan'],
  properties: {
    version: { type: 'string', pattern: '^15\\.\\d+\\.\\d+$' },
    vulnerabilities: {
      type: 'array',
      items: {
        type: 'object',
        required: ['id', 'identifiers', 'location'],
        additionalProperties: false,
        properties: {
          id: { type: 'string', minLength: 1 },
          name: { type: 'string', maxLength: 255 },
          description: { type: 'string', maxLength: 1048576 },
          severity: { enum: ['Info', 'Unknown', 'Low', 'Medium', 'High', 'Critical'] },
          solution: { type: 'string', maxLength: 7000 },
          identifiers: {
            type: 'array',
            minItems: 1,
            items: {
              type: 'object',
              required: ['type', 'name', 'value'],
              properties: {
                type: { type: 'string', minLength: 1 },
                name: { type: 'string', minLength: 1 },
                value: { type: 'string', minLength: 1 },
                url: { type: 'string', pattern: '^https?://' },
              },
            },
          },
          location: {
            type: 'object',
            required: ['commit'],
            properties: {
              file: { type: 'string', minLength: 1 },
              start_line: { type: 'integer', minimum: 1 },
              end_line: { type: 'integer', minimum: 1 },
              commit: { type: 'object', required: ['sha'], properties: { sha: { type: 'string', minLength: 1 } } },
            },
          },
        },
      },
    },
    scan: {
      type: 'object',
      required: ['analyzer', 'scanner', 'type', 'start_time', 'end_time', 'status'],
      properties: {
        analyzer: { $ref: '#/definitions/tool' },
        scanner: { $ref: '#/definitions/tool' },
        type: { enum: ['secret_detection'] },
        start_time: { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}$' },
        end_time: { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}$' },
        status: { enum: ['success', 'failure'] },
        messages: {
          type: 'array',
          items: {
            type: 'object',
            required: ['level', 'value'],
            properties: { level: { enum: ['info', 'warn', 'fatal'] }, value: { type: 'string' } },
          },
        },
      },
    },
  },
  definitions: {
    tool: {
      type: 'object',
      required: ['id', 'name', 'version', 'vendor'],
      properties: {
        id: { type: 'string', minLength: 1 },
        name: { type: 'string', minLength: 1 },
        version: { type: 'string', minLength: 1 },
        vendor: { type: 'object', required: ['name'], properties: { name: { type: 'string', minLength: 1 } } },
      },
    },
  },
};
const validateGitlab = new Ajv({ allErrors: true }).compile(GITLAB_SCHEMA);

const COMMANDS: [string, string[]][] = [
  ['scan', ['scan', '--no-semantic']],
  ['staged', ['staged']],
  ['history', ['history', '--all']],
  ['bundle', ['bundle']],
];

describe('--format gitlab', () => {
  it.each(COMMANDS)('%s: validates against the secret-detection schema', (_, args) => {
    const result = keyward([...args, '--format', 'gitlab']);
    expect(result.status, result.stderr).toBe(1);
    const report = JSON.parse(result.stdout);
    expect(validateGitlab(report), JSON.stringify(validateGitlab.errors?.slice(0, 3))).toBe(true);
    expect(report.vulnerabilities.length).toBeGreaterThan(0);
    expect(result.stdout).not.toContain(key);
    expect(result.stdout).not.toContain(other);
  });

  it('one vulnerability per place (the same key in four files is four), the commit from history', () => {
    const scan = JSON.parse(keyward(['scan', 'src', '--no-semantic', '--format', 'gitlab']).stdout);
    const same = scan.vulnerabilities.filter((v: { location: { file: string } }) =>
      /^src\/(one|two|three|four)\.ts$/.test(v.location.file),
    );
    expect(same).toHaveLength(5);
    expect(new Set(same.map((v: { id: string }) => v.id)).size).toBe(5);
    expect(same.every((v: { location: { commit: { sha: string } } }) => v.location.commit.sha === '0000000')).toBe(
      true,
    );
    const history = JSON.parse(keyward(['history', '--all', '--format', 'gitlab']).stdout);
    const head = execFileSync('git', ['rev-parse', 'HEAD'], { cwd: repo, encoding: 'utf8' }).trim();
    expect(history.vulnerabilities[0].location.commit.sha).toBe(head);
    // the ids do not move when lines do
    write('src/two.ts', `\n\n// moved\nexport const key = '${key}';\n`);
    const moved = JSON.parse(keyward(['scan', 'src', '--no-semantic', '--format', 'gitlab']).stdout);
    expect(moved.vulnerabilities.map((v: { id: string }) => v.id).sort()).toEqual(
      scan.vulnerabilities.map((v: { id: string }) => v.id).sort(),
    );
    write('src/two.ts', `export const key = '${key}';\n`);
  });
});

describe('--format sarif', () => {
  it('partialFingerprints include the location: four files, four alerts; twice in one file, two', () => {
    const log = JSON.parse(keyward(['scan', 'src', '--no-semantic', '--format', 'sarif']).stdout);
    const results = log.runs[0].results.filter((r: { properties: { fingerprint: string } }) =>
      /^src\/(one|two|three|four)\.ts$/.test(
        (r as unknown as { locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }).locations[0]!
          .physicalLocation.artifactLocation.uri,
      ),
    );
    expect(results).toHaveLength(5);
    // one key: one secret fingerprint, five places
    expect(new Set(results.map((r: { properties: { fingerprint: string } }) => r.properties.fingerprint)).size).toBe(1);
    const partial = results.map(
      (r: { partialFingerprints: Record<string, string> }) => r.partialFingerprints['keywardLocation/v1'],
    );
    expect(new Set(partial).size).toBe(5);
  });
});

describe('--format junit', () => {
  it.each(COMMANDS)('%s: well-formed JUnit XML, a failed case per finding', (_, args) => {
    const result = keyward([...args, '--format', 'junit']);
    expect(result.status).toBe(1);
    const root = checkXml(result.stdout);
    expect(root.name).toBe('testsuites');
    const suite = root.children.find((child) => child.name === 'testsuite')!;
    const cases = suite.children.filter((child) => child.name === 'testcase');
    expect(cases.length).toBeGreaterThan(0);
    expect(Number(root.attributes['tests'])).toBe(cases.length);
    expect(Number(root.attributes['failures'])).toBe(cases.length);
    for (const testCase of cases) {
      expect(testCase.children.map((child) => child.name)).toEqual(['failure']);
      expect(testCase.attributes['classname']).toBeTruthy();
    }
    expect(result.stdout).not.toContain(key);
    expect(result.stdout).not.toContain(other);
  });

  it('carries a hostile file name as data, and a clean scan is one passing case', () => {
    const root = checkXml(keyward(['scan', hostile, '--format', 'junit']).stdout);
    const testCase = root.children[0]!.children[0]!;
    expect(testCase.attributes['classname']).toBe(hostile);
    const clean = keyward(['scan', 'src/none', '--format', 'junit'], repo);
    expect(clean.status).toBe(2); // a missing path is an error, not a clean report
    write('clean/a.ts', 'export const a = 1;\n');
    const passing = checkXml(keyward(['scan', 'clean', '--format', 'junit']).stdout);
    expect(passing.attributes['failures']).toBe('0');
    expect(passing.children[0]!.children.map((child) => child.name)).toEqual(['testcase']);
  });
});

describe('the notice of an empty history scope', () => {
  it.each([['gitlab'], ['junit'], ['github']])('is in the %s summary', (format) => {
    keyward(['history', '--format', 'json']);
    const again = keyward(['history', '--format', format]);
    expect(again.status).toBe(0);
    expect(again.stdout).toMatch(/0 new commits since [0-9a-f]{12}/);
    if (format === 'gitlab') expect(validateGitlab(JSON.parse(again.stdout))).toBe(true);
    if (format === 'junit') checkXml(again.stdout);
  });
});

describe('the XML check', () => {
  it('rejects what is not well-formed', () => {
    const head = '<?xml version="1.0" encoding="UTF-8"?>\n';
    expect(checkXml(`${head}<a b="1"><c/>x &amp; y</a>\n`).children).toHaveLength(1);
    for (const bad of ['<a><b></a>', '<a b="<"></a>', '<a>&nope;</a>', '<a>\u001b</a>', '<a b=1></a>', '<a></a><b/>'])
      expect(() => checkXml(`${head}${bad}`), bad).toThrow();
  });
});

describe('--format github', () => {
  it.each(COMMANDS)('%s: one workflow command per finding on stdout, properties escaped', (_, args) => {
    const result = keyward([...args, '--format', 'github']);
    expect(result.status).toBe(1);
    const lines = result.stdout.trimEnd().split('\n');
    const commands = lines.filter((line) => line.startsWith('::'));
    expect(commands.length).toBeGreaterThan(0);
    for (const line of commands) expect(line).toMatch(/^::(error|warning|notice) file=[^,:]+,line=\d+,col=\d+,/);
    // every other line is the plain summary
    expect(lines.filter((line) => !line.startsWith('::'))).toHaveLength(1);
    expect(result.stdout).not.toContain(key);
    expect(result.stdout).not.toContain(other);
  });

  it('a file name cannot end a property or start a command', () => {
    const result = keyward(['scan', hostile, '--format', 'github', '--quiet']);
    const lines = result.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain('file=src/a%2Cb%3Ac%250A "q" <x> & \'y\'.ts,line=1,');
  });
});
