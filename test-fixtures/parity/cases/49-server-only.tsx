'use client';
// import 'server-only' wins over a stray directive: the module never reaches the browser.
import 'server-only';

export const key = process.env.STRIPE_SECRET_KEY;
