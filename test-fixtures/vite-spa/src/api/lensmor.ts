// Looks like a server helper, but App.tsx imports it: it ends up in the bundle.
export async function searchEvents(query: string) {
  const response = await fetch(`https://platform.lensmor.com/external/events/list?q=${query}`, {
    headers: { Authorization: `Bearer ${import.meta.env.LENSMOR_API_KEY}` }, // leak: a secret env read in a module the browser loads
  });
  return response.json();
}
