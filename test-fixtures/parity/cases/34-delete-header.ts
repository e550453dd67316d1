// Deleting the header before logging removes the credential.
const headers: Record<string, string> = { Authorization: `Bearer ${process.env.LMIF_API_KEY}`, Accept: 'json' };
delete headers.Authorization;
console.log(headers);
