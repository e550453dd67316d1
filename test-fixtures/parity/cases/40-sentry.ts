// Error-report context holding the token.
import * as Sentry from '@sentry/node';

Sentry.setContext('github', { token: process.env.GITHUB_TOKEN }); // expect: no-logged-credential high
