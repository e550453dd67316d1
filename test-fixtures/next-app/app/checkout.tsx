'use client';
import { track } from '@/lib/analytics';
import { startCharge } from './actions';

export function Checkout(props: { siteName?: string; status?: string; publishableKey?: string; apiKey?: string }) {
  return <button onClick={() => { track('checkout'); void startCharge(); }}>{props.siteName}</button>;
}
