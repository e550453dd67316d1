// Server-only: nothing in src/ imports this module, so neither it nor DATABASE_URL reaches the bundle.
import { adminKey } from './keys';

export function connect(): { url: string | undefined; key: string } {
  return { url: process.env.DATABASE_URL, key: adminKey };
}
