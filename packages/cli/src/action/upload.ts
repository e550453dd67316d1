import { gzipSync } from 'node:zlib';
import { pathToFileURL } from 'node:url';
import type { ActionEvent } from './event.js';

type Env = Readonly<Record<string, string | undefined>>;

// Code scanning takes SARIF through the REST API (the endpoint github/codeql-action/upload-sarif uses). A
// JavaScript action cannot run another action, so the Action posts the report itself, and degrades to
// annotations and the job summary where the API refuses: a fork's read-only token, a private repository
// without code scanning. Only the report is sent (findings are redacted), to the workflow's own API host.

export interface UploadResult {
  readonly uploaded: boolean;
  /** One sentence for the job summary. */
  readonly note: string;
}

export async function uploadSarif(
  env: Env,
  event: ActionEvent,
  enabled: boolean,
  token: string | undefined,
  sarif: string,
  root: string,
  category: string,
): Promise<UploadResult> {
  if (!enabled) return { uploaded: false, note: 'SARIF not uploaded to code scanning (upload-sarif: false)' };
  if (event.fork)
    return {
      uploaded: false,
      note: 'SARIF not uploaded: a pull request from a fork gets a read-only token; the findings are in the annotations and this summary',
    };
  const repository = env['GITHUB_REPOSITORY'];
  const sha = env['GITHUB_SHA'];
  const ref = env['GITHUB_REF'];
  if (!token || !repository || !sha || !ref)
    return { uploaded: false, note: 'SARIF not uploaded: no token, repository, commit or ref in the environment' };
  const report = JSON.parse(sarif) as { runs: { automationDetails?: { id: string } }[] };
  for (const run of report.runs) run.automationDetails = { id: `${category}/` };
  const api = (env['GITHUB_API_URL'] ?? 'https://api.github.com').replace(/\/$/, '');
  try {
    const response = await fetch(`${api}/repos/${repository}/code-scanning/sarifs`, {
      method: 'POST',
      headers: {
        authorization: `Bearer ${token}`,
        accept: 'application/vnd.github+json',
        'x-github-api-version': '2022-11-28',
        'content-type': 'application/json',
      },
      body: JSON.stringify({
        commit_sha: sha,
        ref,
        sarif: gzipSync(JSON.stringify(report)).toString('base64'),
        tool_name: 'keyward',
        checkout_uri: pathToFileURL(root).href,
      }),
      signal: AbortSignal.timeout(30_000),
    });
    if (response.ok) return { uploaded: true, note: `SARIF uploaded to code scanning (category ${category})` };
    const why =
      response.status === 403 || response.status === 404
        ? 'code scanning is not available to this token or repository (a fork, a private repository without code scanning, or no security-events: write permission)'
        : `the API answered ${response.status}`;
    return {
      uploaded: false,
      note: `SARIF not uploaded: ${why}; the findings are in the annotations and this summary`,
    };
  } catch (error) {
    return {
      uploaded: false,
      note: `SARIF not uploaded: ${(error as Error).name === 'TimeoutError' ? 'the API did not answer in 30 s' : 'the API could not be reached'}`,
    };
  }
}
