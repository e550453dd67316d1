import 'server-only';

export const adminReport = () => fetch('/admin', { headers: { 'x-api-key': process.env.ADMIN_API_KEY ?? '' } }); // ok: server-only stops the walk
