'use client';

export default function Page() {
  const search = async (q: string) =>
    fetch(`https://platform.lensmor.com/external/events/list?q=${q}`, {
      headers: { Authorization: `Bearer ${process.env.LENSMOR_API_KEY}` },
    });
  const flags = process.env.NEXT_PUBLIC_LAUNCHDARKLY_SECRET_KEY;
  return <button onClick={() => search('ai')}>{flags}</button>;
}
