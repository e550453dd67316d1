import noHardcodedKey from './no-hardcoded-key.js';
import noClientSideKey from './no-client-side-key.js';
import noPublicEnvSecret from './no-public-env-secret.js';
import noBrowserSdkSecret from './no-browser-sdk-secret.js';
import noLoggedCredential from './no-logged-credential.js';

/** Every rule, by the id used in ESLint, SARIF and the docs. */
export const rules = {
  'no-hardcoded-key': noHardcodedKey,
  'no-client-side-key': noClientSideKey,
  'no-public-env-secret': noPublicEnvSecret,
  'no-browser-sdk-secret': noBrowserSdkSecret,
  'no-logged-credential': noLoggedCredential,
};
