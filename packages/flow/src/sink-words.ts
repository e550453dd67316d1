// Words of the engine that its lexical prefilter (prefilter.ts) reads too. This module imports no TypeScript, so
// the prefilter stays cheap to load (`keyward staged` asks it before deciding to load TypeScript at all).

/** Span and OpenTelemetry methods that record what they are given. */
export const TRACING_METHODS: ReadonlySet<string> = new Set([
  'setAttribute',
  'setAttributes',
  'addEvent',
  'recordException',
]);
/** Methods of a response that send what they are given to the client. */
export const RESPONSE_METHODS: ReadonlySet<string> = new Set(['json', 'jsonp', 'send', 'write', 'end']);
/** Names a response object is called by, when its methods are response sinks. */
export const RESPONSE_NAME = /^(?:res|response|reply|ctx)$/;
/** A module without these words makes no browser SDK finding. */
export const SDK_WORDS = /dangerouslyAllowBrowser|loadStripe|Stripe|createBrowserClient|createClient/;
/** Bundler configs, which copy what their `define` / `env` options are given into the browser bundle. */
export const BUILD_CONFIG_FILE = /(?:^|\/)(?:vite|vitest|webpack|next|rollup|rsbuild|astro|nuxt)\.config\.[cm]?[jt]s$/;
