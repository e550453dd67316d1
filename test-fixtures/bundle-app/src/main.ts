import { askAssistant } from './ai';
import { openSession } from './session';
import { startCheckout } from './checkout';
import { track } from './analytics';

// Public by design: the title, the API URL and the publishable key belong in the browser.
const title = import.meta.env.VITE_APP_TITLE;
const api = import.meta.env.VITE_API_URL;
document.title = title;

document.querySelector('#app')!.addEventListener('click', async () => {
  track('click');
  await startCheckout(api);
  await openSession(api);
  await askAssistant('hello');
});
