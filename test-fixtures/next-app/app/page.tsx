import { Checkout } from './checkout';
import { identityStatus } from '@/lib/server/lmif';

export default async function Page() {
  const key = process.env.LMIF_API_KEY;
  const status = await identityStatus();
  return (
    <main>
      <Checkout siteName="Shop" status={status} publishableKey={process.env.NEXT_PUBLIC_STRIPE_PUBLISHABLE_KEY} /> {/* ok: public values */}
      <Checkout apiKey={key} /> {/* leak: a server secret passed as a prop to a client component */}
    </main>
  );
}
