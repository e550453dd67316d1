// A key put into a URL's query string, then the URL logged.
const url = new URL('https://api.lookmaimfamous.com/v1/lmif/identity/check');
url.searchParams.set('api_key', process.env.LMIF_API_KEY ?? '');
console.log('GET', url.href); // expect: no-logged-credential high
