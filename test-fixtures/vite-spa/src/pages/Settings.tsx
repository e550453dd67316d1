const LMIF_KEY = 'lmif_live_38AibNyyurlGFb0EkjKWREhbiGjlvhkT'; // leak: a key in a lazily loaded page

export default function Settings() {
  return <p>Connected with {LMIF_KEY.slice(0, 4)}…</p>;
}
