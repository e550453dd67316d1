// A Lambda handler logging every incoming header, Authorization included.
export const handler = async (event: { headers: Record<string, string> }) => {
  console.log('request', event.headers); // expect: no-logged-credential high
  return { statusCode: 204 };
};
