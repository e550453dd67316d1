import { prefixed } from './define.js';

export const gitlab = [
  prefixed({
    id: 'gitlab-pat',
    provider: 'GitLab',
    title: 'GitLab personal access token',
    prefix: 'glpat-',
    body: '[A-Za-z0-9_-]{20,64}(?:\\.[0-9a-z]{2}\\.[0-9a-z]{9})?',
    shape: '20–64 base64url characters (routable tokens add `.<version>.<suffix>`)',
    envName: 'GITLAB_TOKEN',
  }),
  prefixed({
    id: 'gitlab-pipeline-trigger-token',
    provider: 'GitLab',
    title: 'GitLab pipeline trigger token',
    prefix: 'glptt-',
    body: '[0-9a-f]{40}',
    shape: '40 hex digits',
    envName: 'GITLAB_TRIGGER_TOKEN',
  }),
  prefixed({
    id: 'gitlab-runner-token',
    provider: 'GitLab',
    title: 'GitLab runner authentication token',
    prefix: 'glrt-',
    body: '[A-Za-z0-9_-]{20,64}',
    shape: '20–64 base64url characters',
    envName: 'GITLAB_RUNNER_TOKEN',
  }),
  prefixed({
    id: 'gitlab-deploy-token',
    provider: 'GitLab',
    title: 'GitLab deploy token',
    prefix: 'gldt-',
    body: '[A-Za-z0-9_-]{20,64}',
    shape: '20–64 base64url characters',
    envName: 'GITLAB_DEPLOY_TOKEN',
  }),
];
