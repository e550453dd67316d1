// Served as-is to the browser by express.static, from the same page as app.js.
import Anthropic from 'https://esm.sh/@anthropic-ai/sdk';

const dangerouslyAllowBrowser = true;
export const claude = new Anthropic({ baseURL: '/claude', dangerouslyAllowBrowser }); // leak: the escape hatch as a shorthand
