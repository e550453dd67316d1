// Generates a React + Node TypeScript app of N files with realistic patterns (components, hooks, API
// routes, services, loggers, env reads, fetch calls) and a handful of planted problems whose locations
// are recorded in planted.json, so findings can be sorted into true and false positives.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

let seed = 12345;
const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
const pick = (list) => list[Math.floor(random() * list.length)];
const chars = (n, set = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789') =>
  Array.from({ length: n }, () => pick(set)).join('');
const nouns = [
  'order',
  'invoice',
  'customer',
  'product',
  'cart',
  'review',
  'shipment',
  'coupon',
  'report',
  'team',
  'project',
  'ticket',
  'event',
  'payment',
  'profile',
];
const cap = (s) => s[0].toUpperCase() + s.slice(1);

function component(name, i) {
  const noun = pick(nouns);
  return `${i % 3 === 0 ? "'use client';\n\n" : ''}import { useEffect, useMemo, useState } from 'react';
import type { ${cap(noun)} } from '../types/${noun}';

interface ${name}Props {
  id: string;
  onSelect?: (item: ${cap(noun)}) => void;
  className?: string;
}

export function ${name}({ id, onSelect, className = 'card-${i}' }: ${name}Props) {
  const [items, setItems] = useState<${cap(noun)}[]>([]);
  const [error, setError] = useState<string | null>(null);
  const endpoint = \`/api/${noun}s/\${encodeURIComponent(id)}\`;

  useEffect(() => {
    let cancelled = false;
    fetch(endpoint, { headers: { Accept: 'application/json' } })
      .then((response) => (response.ok ? response.json() : Promise.reject(new Error(response.statusText))))
      .then((data: ${cap(noun)}[]) => !cancelled && setItems(data))
      .catch((reason: Error) => setError(reason.message));
    return () => {
      cancelled = true;
    };
  }, [endpoint]);

  const sorted = useMemo(() => [...items].sort((a, b) => String(a.id).localeCompare(String(b.id))), [items]);
  if (error) return <p role="alert" className="error">{error}</p>;
  return (
    <ul className={className} data-testid="${noun}-list-${i}">
      {sorted.map((item) => (
        <li key={item.id} onClick={() => onSelect?.(item)}>
          {item.name} <small>{item.updatedAt}</small>
        </li>
      ))}
    </ul>
  );
}
`;
}

function service(name, i) {
  const noun = pick(nouns);
  const vendor = pick(['LMIF', 'LENSMOR', 'LAMINR', 'LUMENFALL', 'STRIPE', 'SENDGRID']);
  return `import pino from 'pino';
import type { Request, Response } from 'express';

const logger = pino({ name: '${name}', redact: ['req.headers.authorization'] });
const BASE_URL = process.env.${vendor}_BASE_URL ?? 'https://api.example.com/v1';
const TIMEOUT_MS = Number(process.env.HTTP_TIMEOUT_MS ?? 5000);

export interface ${cap(noun)}Query {
  page?: number;
  pageSize?: number;
  sort?: 'asc' | 'desc';
}

function headers(): Record<string, string> {
  return { Authorization: \`Bearer \${process.env.${vendor}_API_KEY}\`, 'Content-Type': 'application/json' };
}

export async function list${cap(noun)}s(query: ${cap(noun)}Query = {}) {
  const url = new URL('/${noun}s', BASE_URL);
  url.searchParams.set('page', String(query.page ?? 1));
  url.searchParams.set('pageSize', String(query.pageSize ?? 20));
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), TIMEOUT_MS);
  try {
    const response = await fetch(url, { headers: headers(), signal: controller.signal });
    logger.info({ status: response.status, url: url.pathname }, '${noun}s listed');
    return (await response.json()) as unknown[];
  } catch (error) {
    logger.error({ err: error, path: url.pathname }, 'listing ${noun}s failed');
    throw error;
  } finally {
    clearTimeout(timer);
  }
}

export async function handle${cap(noun)}s(req: Request, res: Response) {
  const page = Number(req.query.page ?? 1);
  const data = await list${cap(noun)}s({ page, sort: req.query.sort === 'desc' ? 'desc' : 'asc' });
  logger.debug({ count: data.length, requestId: req.header('x-request-id') }, 'served ${noun}s ${i}');
  res.json({ data, page });
}
`;
}

function util(i) {
  return `export const CACHE_KEY_PREFIX = 'app:v${i % 7}:';
export const STORAGE_KEY = 'settings-${i}';
export const DEFAULT_TOKEN_TTL_SECONDS = ${300 + i};
export const SORT_KEYS = ['name', 'createdAt', 'updatedAt'] as const;
export const checksum = '${chars(40, '0123456789abcdef')}';
export const integrity = 'sha384-${chars(64)}';

export function cacheKey(...parts: Array<string | number>): string {
  return CACHE_KEY_PREFIX + parts.map((part) => String(part).toLowerCase()).join(':');
}

export function formatMoney(cents: number, currency = 'EUR'): string {
  return new Intl.NumberFormat('en-IE', { style: 'currency', currency }).format(cents / 100);
}

export function tokenize(input: string): string[] {
  const tokens = input.split(/\\s+/).filter(Boolean);
  return tokens.map((token) => token.trim());
}
`;
}

export function generateApp(root, files = 2000) {
  mkdirSync(root, { recursive: true });
  const planted = [];
  for (let i = 0; i < files; i++) {
    const kind = i % 4;
    let dir;
    let file;
    let content;
    if (kind === 0 || kind === 1) {
      dir = 'src/components';
      file = `${cap(pick(nouns))}List${i}.tsx`;
      content = component(`${cap(pick(nouns))}List${i}`, i);
    } else if (kind === 2) {
      dir = 'server/services';
      file = `service${i}.ts`;
      content = service(`service${i}`, i);
    } else {
      dir = 'src/lib';
      file = `util${i}.ts`;
      content = util(i);
    }
    if (i % 400 === 7) {
      content += `\nexport const LMIF_KEY = 'lmif_live_${chars(32)}';\n`;
      planted.push({ file: `${dir}/${file}`, what: 'hardcoded key' });
    }
    if (i % 400 === 10) {
      content += `\nexport function debugRequest(config: { headers: Record<string, string> }) {\n  console.log('request', config.headers);\n}\n`;
      planted.push({ file: `${dir}/${file}`, what: 'logged headers' });
    }
    mkdirSync(path.join(root, dir), { recursive: true });
    writeFileSync(path.join(root, dir, file), content);
  }
  writeFileSync(path.join(root, 'planted.json'), JSON.stringify(planted, null, 2));
  return planted;
}
