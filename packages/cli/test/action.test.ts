import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { createServer, type IncomingMessage } from 'node:http';
import { gunzipSync } from 'node:zlib';
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { generator } from '../../core/test/helpers/random.js';
import { pullRequestEvent, pushEvent, removeActionCopy, Repo, runAction } from './helpers/action-harness.js';

// The Action end to end: action/main.js run as GitHub runs it, in temporary repositories.
const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
const g = generator(404);
const live = () => `lmif_live_${g.chars(32)}`;
const test = () => `lmif_test_${g.chars(32)}`;
const repos: Repo[] = [];
const repo = () => {
  const r = new Repo();
  repos.push(r);
  return r;
};
afterEach(() => repos.splice(0).forEach((r) => r.remove()));
afterAll(removeActionCopy);

describe('the Action (action/main.js) in scan mode', () => {
  it("runs a config's custom detector: the linear-time regex engine is inside the bundle", async () => {
    const r = repo();
    const token = `acme_${g.chars(32, 'abcdefghijklmnopqrstuvwxyz0123456789')}`;
    r.write(
      'keyward.config.json',
      JSON.stringify({ detectors: [{ id: 'acme-token', regex: 'acme_[a-z0-9]{32}', keywords: ['acme_'] }] }),
    );
    r.write('client.ts', `export const acme = "${token}";\n`);
    r.commit('custom');
    const run = await runAction(r, { inputs: { mode: 'scan' } });
    expect(run.stderr).not.toMatch(/Cannot find (?:module|package)/);
    expect(run.status).toBe(1);
    const results = JSON.parse(run.report).runs[0].results as { ruleId: string }[];
    expect(results.map((result) => result.ruleId)).toContain('no-hardcoded-key/acme-token');
    expect(run.stdout + run.stderr + run.report).not.toContain(token);
  });

  it('writes SARIF, annotates every finding, sets outputs and a job summary, fails the step', async () => {
    const r = repo();
    r.write('old.ts', `export const k = "${live()}";\n`);
    r.write('new.ts', `export const k = "${test()}";\n`);
    r.commit('all');
    const run = await runAction(r, { inputs: { mode: 'scan' } });
    expect(run.status).toBe(1);
    expect(run.outputs).toMatchObject({ findings: '2', 'pre-existing': '0', uploaded: 'false' });
    const sarif = JSON.parse(run.report);
    expect(sarif.version).toBe('2.1.0');
    expect(sarif.runs[0].results).toHaveLength(2);
    expect(run.stdout).toMatch(
      /^::error file=old\.ts,line=1,col=19,.*title=keyward no-hardcoded-key\/lmif-live-key::LMIF/m,
    );
    expect(run.stdout).toMatch(/^::warning file=new\.ts,line=1/m);
    expect(run.stdout).not.toMatch(/lmif_live_[A-Za-z0-9]{20}/);
    expect(run.summary).toContain('**2 finding(s)**, fails the check');
  });

  it('runs the semantic checks (its bundled TypeScript parses and resolves imports)', async () => {
    const r = repo();
    r.write('src/key.ts', 'export const apiKey = process.env.LMIF_API_KEY;\n');
    r.write('src/log.ts', "import { apiKey } from './key';\nconsole.log('key', apiKey);\n");
    r.commit('flow');
    const run = await runAction(r, { inputs: { mode: 'scan' } });
    const results = JSON.parse(run.report).runs[0].results as { ruleId: string; locations: unknown[] }[];
    expect(results.map((result) => result.ruleId)).toEqual(['no-logged-credential']);
    expect(JSON.stringify(results[0]!.locations)).toContain('src/log.ts');
  });

  it('fail-on high lets a medium finding through; an unknown mode is one clear error', async () => {
    const r = repo();
    r.write('new.ts', `export const k = "${test()}";\n`);
    r.commit('one');
    const medium = await runAction(r, { inputs: { 'fail-on': 'high' } });
    expect(medium.status).toBe(0);
    expect(medium.outputs['findings']).toBe('1');
    const unknown = await runAction(r, { inputs: { mode: 'difff' } });
    expect(unknown.status).toBe(2);
    expect(unknown.stdout.trim().split('\n')).toEqual([
      '::error title=keyward::unknown mode "difff" (the Action\'s modes: scan, diff, history, bundle)',
    ]);
  });

  it('caps annotations at 10 per type and says how many more there are', async () => {
    const r = repo();
    for (let i = 0; i < 13; i++) r.write(`k${i}.ts`, `export const k = "${live()}";\n`);
    r.commit('many');
    const run = await runAction(r);
    expect(run.stdout.match(/^::error /gm)).toHaveLength(10);
    expect(run.outputs['findings']).toBe('13');
    expect(run.summary).toContain('3 finding(s) are not annotated');
  });
});

describe('diff mode on every event', () => {
  it('pull_request: reports what the change adds and counts what was there before', async () => {
    const r = repo();
    r.write('app.ts', `export const old = "${live()}";\nexport const a = 1;\n`);
    r.write('other.ts', `export const k = "${live()}";\n`);
    const base = r.commit('base');
    r.git('checkout', '-q', '-b', 'feature');
    r.write(
      'app.ts',
      `export const old = "${r.dir ? live() : ''}";\nexport const a = 1;\nexport const fresh = "${live()}";\n`,
    );
    r.git('checkout', '-q', 'main', '--', '.');
    r.write('app.ts', `${readFileSync(path.join(r.dir, 'app.ts'), 'utf8')}export const fresh = "${live()}";\n`);
    const head = r.commit('feature');
    const run = await runAction(r, {
      inputs: { mode: 'diff' },
      eventName: 'pull_request',
      event: pullRequestEvent(base, head),
    });
    expect(run.status).toBe(1);
    expect(run.outputs).toMatchObject({ findings: '1', 'pre-existing': '1' });
    expect(run.stdout).toContain('file=app.ts,line=3');
    expect(run.stdout).not.toContain('line=1,');
    expect(run.stdout).not.toContain('other.ts');
    expect(run.summary).toContain('1 pre-existing finding(s) in the changed files');
  });

  it('push: checks every commit of a multi-commit push from `before`, not only the last', async () => {
    const r = repo();
    r.write('a.ts', 'export const a = 1;\n');
    const before = r.commit('base');
    r.write('first.ts', `export const k = "${live()}";\n`);
    r.commit('first');
    r.write('second.ts', 'export const b = 2;\n');
    const after = r.commit('second');
    const run = await runAction(r, { inputs: { mode: 'diff' }, eventName: 'push', event: pushEvent(before, after) });
    expect(run.outputs['findings']).toBe('1');
    expect(run.stdout).toContain('file=first.ts');
  });

  it('first push of a branch (before = 0…0) and a manual run: the whole tree, with a note, no crash', async () => {
    const r = repo();
    r.write('a.ts', `export const k = "${live()}";\n`);
    const head = r.commit('only');
    const run = await runAction(r, {
      inputs: { mode: 'diff' },
      eventName: 'push',
      event: pushEvent('0'.repeat(40), head),
    });
    expect(run.status).toBe(1);
    expect(run.outputs['findings']).toBe('1');
    expect(run.summary).toContain('no base revision to compare with: the whole tree was scanned');
    expect(run.stderr).toBe('');
  });

  it('shallow checkout: fetches the base commit once; when it cannot, falls back with a note', async () => {
    const origin = repo();
    origin.write('a.ts', 'export const a = 1;\n');
    const base = origin.commit('base');
    origin.write('b.ts', `export const k = "${live()}";\n`);
    const head = origin.commit('feature');
    const clones = mkdtempSync(path.join(tmpdir(), 'keyward-shallow-'));
    try {
      execFileSync('git', ['clone', '-q', '--depth', '1', `file://${origin.dir}`, 'clone'], { cwd: clones });
      const clone = Object.assign(Object.create(Repo.prototype), { dir: path.join(clones, 'clone') }) as Repo;
      expect(() => clone.git('cat-file', '-e', `${base}^{commit}`)).toThrow();
      const fetched = await runAction(clone, {
        inputs: { mode: 'diff' },
        eventName: 'pull_request',
        event: pullRequestEvent(base, head),
      });
      expect(fetched.outputs['findings']).toBe('1');
      expect(fetched.summary).toContain('against');
      const unreachable = pullRequestEvent('f'.repeat(40), head);
      const fallback = await runAction(clone, {
        inputs: { mode: 'diff' },
        eventName: 'pull_request',
        event: unreachable,
      });
      expect(fallback.status).toBe(1);
      expect(fallback.summary).toContain('could not be fetched');
      expect(fallback.summary).toContain('whole tree');
    } finally {
      rmSync(clones, { recursive: true, force: true });
    }
  });
});

describe('history mode', () => {
  it('keeps a key in a file deleted at HEAD, with its commit, advises rotation, annotates only live files', async () => {
    const r = repo();
    r.write('keep.ts', 'export const a = 1;\n');
    r.commit('base');
    r.write('gone.ts', `export const k = "${live()}";\n`);
    const added = r.commit('add');
    r.git('rm', '-q', 'gone.ts');
    r.commit('delete');
    const run = await runAction(r, { inputs: { mode: 'history', format: 'json' } });
    expect(run.status).toBe(1);
    const report = JSON.parse(run.report);
    expect(report.findings).toMatchObject([{ file: 'gone.ts', commit: added }]);
    expect(report.findings[0].message).toContain('it is in git history');
    expect(report.findings[0].message).not.toContain('process.env');
    expect(run.stdout).not.toContain('::error file=gone.ts');
    expect(run.summary).toContain(added.slice(0, 12));
  });
});

describe('SARIF upload', () => {
  async function server(status: number) {
    const bodies: { url: string; auth: string; body: Record<string, string> }[] = [];
    const http = createServer((request: IncomingMessage, response) => {
      let data = '';
      request.on('data', (chunk) => (data += chunk));
      request.on('end', () => {
        bodies.push({ url: request.url ?? '', auth: request.headers.authorization ?? '', body: JSON.parse(data) });
        response.writeHead(status, { 'content-type': 'application/json' });
        response.end(
          JSON.stringify(status === 202 ? { id: 'x' } : { message: 'Resource not accessible by integration' }),
        );
      });
    });
    await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
    const port = (http.address() as { port: number }).port;
    return { bodies, url: `http://127.0.0.1:${port}`, close: () => new Promise((resolve) => http.close(resolve)) };
  }

  it('uploads the report to the code-scanning API, with the commit, ref and a category per mode', async () => {
    const r = repo();
    r.write('a.ts', `export const k = "${live()}";\n`);
    const head = r.commit('one');
    const api = await server(202);
    try {
      const run = await runAction(r, {
        inputs: { 'upload-sarif': 'true', token: 'ghs_test' },
        env: { GITHUB_API_URL: api.url },
      });
      expect(run.outputs['uploaded']).toBe('true');
      expect(api.bodies).toHaveLength(1);
      expect(api.bodies[0]!.url).toBe('/repos/octo/app/code-scanning/sarifs');
      expect(api.bodies[0]!.auth).toBe('Bearer ghs_test');
      expect(api.bodies[0]!.body).toMatchObject({ commit_sha: head, ref: 'refs/heads/main', tool_name: 'keyward' });
      const sarif = JSON.parse(gunzipSync(Buffer.from(api.bodies[0]!.body['sarif']!, 'base64')).toString());
      expect(sarif.runs[0].automationDetails.id).toBe('keyward-scan/');
      expect(run.stdout).not.toContain('ghs_test');
    } finally {
      await api.close();
    }
  });

  it('degrades to annotations and the summary when the API refuses, and does not try on a fork', async () => {
    const r = repo();
    r.write('a.ts', 'export const a = 1;\n');
    const base = r.commit('base');
    r.write('b.ts', `export const k = "${live()}";\n`);
    const head = r.commit('pr');
    const api = await server(403);
    try {
      const refused = await runAction(r, {
        inputs: { 'upload-sarif': 'true', token: 't' },
        env: { GITHUB_API_URL: api.url },
      });
      expect(refused.outputs['uploaded']).toBe('false');
      expect(refused.status).toBe(1);
      expect(refused.stdout).toContain('::error file=b.ts');
      expect(refused.summary).toContain('SARIF not uploaded: code scanning is not available');
      const fork = await runAction(r, {
        inputs: { mode: 'diff', 'upload-sarif': 'true', token: 't' },
        eventName: 'pull_request',
        event: pullRequestEvent(base, head, true),
        env: { GITHUB_API_URL: api.url },
      });
      expect(fork.summary).toContain('a pull request from a fork');
      expect(api.bodies).toHaveLength(1); // the fork run never called the API
    } finally {
      await api.close();
    }
  });
});

describe('action.yml', () => {
  const yml = readFileSync(path.join(repoRoot, 'action.yml'), 'utf8');
  const section = (name: string) => {
    const body = yml.split(`\n${name}:\n`)[1]?.split(/\n[a-z]/)[0] ?? '';
    return [...body.matchAll(/^ {2}([a-z-]+):$/gm)].map((m) => m[1]!);
  };

  it('is a JavaScript action on a current Node runtime, running the committed bundle', () => {
    expect(yml).toMatch(/\nruns:\n {2}using: node24\n {2}main: action\/main\.js\n/);
    expect(yml).not.toContain('composite');
    expect(yml).not.toContain('npm ');
  });

  it('documents every input and output in docs/ci.md', () => {
    const docs = readFileSync(path.join(repoRoot, 'docs/ci.md'), 'utf8');
    expect(section('inputs')).toEqual([
      'path',
      'mode',
      'base',
      'fail-on',
      'config',
      'baseline',
      'format',
      'upload-sarif',
      'token',
      'verify',
    ]);
    expect(section('outputs')).toEqual(['findings', 'pre-existing', 'sarif', 'uploaded']);
    for (const name of [...section('inputs'), ...section('outputs')]) expect(docs, name).toContain(`\`${name}\``);
  });

  it("is used by this repository's own CI", () => {
    const ci = readFileSync(path.join(repoRoot, '.github/workflows/ci.yml'), 'utf8');
    expect(ci).toMatch(/uses: \.\/\n/);
  });
});

describe('bundle mode, after the build step', () => {
  it('scans the build output, traces each hit to its source line, and fails the step', async () => {
    const { buildWithEsbuild, prepareBundleApp } = await import('../../scanner/test/helpers/bundle-app.js');
    const prepared = prepareBundleApp(1414);
    const r = repo();
    cpSync(prepared.dir, r.dir, { recursive: true });
    rmSync(prepared.dir, { recursive: true, force: true });
    const app = { ...prepared, dir: r.dir };
    r.write('.gitignore', 'dist/\n.env\n');
    r.commit('app');
    await buildWithEsbuild(app, 'dist');
    const run = await runAction(r, { inputs: { mode: 'bundle' } });
    expect(run.status).toBe(1);
    expect(run.outputs['findings']).toBe('5');
    expect(run.summary).toContain('the build output (dist/; 1 source map(s))');
    const results = JSON.parse(run.report).runs[0].results;
    const openai = results.find((result: { message: { text: string } }) => result.message.text.includes('OpenAI'));
    expect(openai.relatedLocations[0].physicalLocation.artifactLocation.uri).toBe('src/ai.ts');
    expect(openai.relatedLocations[0].physicalLocation.region.startLine).toBe(app.lines.ai);
    expect(run.stdout).toMatch(/^::error file=dist\/assets\/main-[A-Z0-9]+\.js,line=1,/m);
    const everything = [run.stdout, run.stderr, run.summary, run.report, JSON.stringify(run.outputs)].join('\n');
    expect(Object.values(app.secrets).filter((secret) => everything.includes(secret))).toEqual([]);
    // with no build output the step says so and fails as a tool error
    rmSync(path.join(r.dir, 'dist'), { recursive: true, force: true });
    const none = await runAction(r, { inputs: { mode: 'bundle' } });
    expect(none.status).toBe(2);
    expect(none.stdout).toContain('no build output found');
  });
});
