interface ImportMetaEnv {
  readonly VITE_APP_TITLE: string;
  readonly VITE_API_URL: string;
  readonly VITE_OPENAI_API_KEY: string;
  readonly VITE_SESSION_TOKEN: string;
  readonly VITE_STRIPE_PUBLISHABLE_KEY: string;
}
interface ImportMeta {
  readonly env: ImportMetaEnv;
}
declare const __BILLING_SIGNING_KEY__: string;
