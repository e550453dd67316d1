// Lensmor client: the key comes from the environment, as the docs ask.
export async function listEvents(page = 1) {
  const response = await fetch(`https://platform.lensmor.com/external/events/list?page=${page}&pageSize=20`, {
    headers: { Authorization: `Bearer ${process.env.LENSMOR_API_KEY}` },
  });
  return response.json();
}
