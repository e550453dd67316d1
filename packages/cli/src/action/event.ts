import { readFileSync } from 'node:fs';

type Env = Readonly<Record<string, string | undefined>>;

/** What the triggering event says about the change under review. */
export interface ActionEvent {
  readonly name: string;
  /** `pull_request`/`pull_request_target`: the checkout is a contributor's change, not trusted. */
  readonly pullRequest: boolean;
  /** A pull request from a fork: its token is read-only. */
  readonly fork: boolean;
  /** The revision the change is compared against: PR base, push `before`, merge-group base. */
  readonly base: string | undefined;
  /** The repository's default branch, for a first push of a new branch. */
  readonly defaultBranch: string | undefined;
}

const ZERO = /^0+$/;

interface Payload {
  pull_request?: {
    base?: { sha?: string; repo?: { full_name?: string } };
    head?: { sha?: string; repo?: { full_name?: string; fork?: boolean } | null };
  };
  before?: string;
  merge_group?: { base_sha?: string };
  repository?: { default_branch?: string };
}

/** Reads `GITHUB_EVENT_NAME` and the event payload at `GITHUB_EVENT_PATH` (a missing or broken file reads as empty). */
export function readEvent(env: Env): ActionEvent {
  const name = env['GITHUB_EVENT_NAME'] ?? '';
  let payload: Payload = {};
  try {
    if (env['GITHUB_EVENT_PATH']) payload = JSON.parse(readFileSync(env['GITHUB_EVENT_PATH'], 'utf8')) as Payload;
  } catch {
    payload = {};
  }
  const pullRequest = name === 'pull_request' || name === 'pull_request_target';
  const pr = payload.pull_request;
  const headRepo = pr?.head?.repo;
  const fork =
    pullRequest &&
    (headRepo === null ||
      headRepo?.fork === true ||
      (headRepo?.full_name !== undefined && headRepo.full_name !== pr?.base?.repo?.full_name));
  let base: string | undefined;
  if (pullRequest) base = pr?.base?.sha;
  else if (name === 'push' && payload.before && !ZERO.test(payload.before)) base = payload.before;
  else if (name === 'merge_group') base = payload.merge_group?.base_sha;
  return { name, pullRequest, fork, base, defaultBranch: payload.repository?.default_branch };
}
