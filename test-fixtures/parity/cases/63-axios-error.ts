// An axios error carries the request config, Authorization header included.
import axios from 'axios';

export async function load() {
  try {
    return await axios.get('https://api.example.com/v1/me', {
      headers: { Authorization: `Bearer ${process.env.LMIF_API_KEY}` },
    });
  } catch (error) {
    console.error('request failed', error); // expect: no-logged-credential high
  }
}
