// Inline suppressions hold in every front end.
const key = process.env.LMIF_API_KEY;
console.log('key', key); // keyward-ignore: the local sandbox prints its own key
// keyward-ignore-next-line: documented test fixture
export const fixture = '%LMIF_LIVE%';
