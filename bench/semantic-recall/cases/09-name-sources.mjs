// 9. Locals named like credentials with an unknown initialiser are sources (medium severity); names that mark
// a non-secret are not: coupon/checkout/CSRF/pagination tokens, token endpoints, i18n keys, hashed or
// encrypted values.
import { nextApp, node } from '../scaffold.mjs';

const rule = 'no-logged-credential';
const srv = (file, code) => node({ express: '^4.19.0' }, { [file]: code });
export default {
  capability: 9,
  title: 'name-based sources, precisely',
  cases: [
    {
      id: 'jwt-sign-access-token',
      fw: 'express',
      expect: 'leak',
      rule,
      file: 'src/auth.ts',
      files: () =>
        srv(
          'src/auth.ts',
          "import jwt from 'jsonwebtoken';\nexport function issue(user) {\n  const accessToken = jwt.sign({ sub: user.id }, 'k');\n  console.log('issued', accessToken);\n  return accessToken;\n}\n",
        ),
    },
    {
      id: 'token-set-json',
      fw: 'next-app',
      expect: 'leak',
      rule,
      file: 'app/api/callback/route.ts',
      files: () =>
        nextApp({
          'app/api/callback/route.ts':
            "export async function GET(request: Request) {\n  const res = await fetch('https://idp.example.com/oauth/token', { method: 'POST' });\n  const tokenSet = await res.json();\n  console.log('tokens', tokenSet);\n  return new Response('ok');\n}\n",
        }),
    },
    {
      id: 'password-from-form',
      fw: 'next-app',
      expect: 'leak',
      rule,
      file: 'app/login/actions.ts',
      files: () =>
        nextApp({
          'app/login/actions.ts':
            "'use server';\nexport async function login(form: FormData) {\n  const email = form.get('email');\n  const password = form.get('password');\n  console.log('login attempt', email, password);\n}\n",
        }),
    },
    {
      id: 'password-destructured-body',
      fw: 'express',
      expect: 'leak',
      rule,
      file: 'src/routes/signup.ts',
      files: () =>
        srv(
          'src/routes/signup.ts',
          "export function signup(req, res) {\n  const { email, password } = req.body;\n  console.info('signup', { email, password });\n  res.sendStatus(201);\n}\n",
        ),
    },
    {
      id: 'refresh-token-cookie',
      fw: 'next-app',
      expect: 'leak',
      rule,
      file: 'app/api/refresh/route.ts',
      files: () =>
        nextApp({
          'app/api/refresh/route.ts':
            "import { cookies } from 'next/headers';\nexport async function POST() {\n  const refreshToken = (await cookies()).get('rt')?.value;\n  console.debug('refreshing', refreshToken);\n  return Response.json({ ok: true });\n}\n",
        }),
    },
    {
      id: 'api-key-from-db',
      fw: 'fastify',
      expect: 'leak',
      rule,
      file: 'src/keys.ts',
      files: () =>
        node(
          { fastify: '^5.0.0' },
          {
            'src/keys.ts':
              "export async function load(db, id: string) {\n  const apiKey = await db.apiKeys.findSecret(id);\n  console.log('loaded key', apiKey);\n  return apiKey;\n}\n",
          },
        ),
    },
    {
      id: 'coupon-token',
      fw: 'express',
      expect: 'clean',
      rule,
      file: 'src/promo.ts',
      files: () =>
        srv(
          'src/promo.ts',
          "export function apply(cart) {\n  const couponToken = cart.coupon?.token;\n  console.log('coupon', couponToken);\n}\n",
        ),
    },
    {
      id: 'csrf-token',
      fw: 'express',
      expect: 'clean',
      rule,
      file: 'src/form.ts',
      files: () =>
        srv(
          'src/form.ts',
          "export function form(req, res) {\n  const csrfToken = req.csrfToken();\n  console.log('rendering form', { csrfToken });\n  res.render('form', { csrfToken });\n}\n",
        ),
    },
    {
      id: 'pagination-token',
      fw: 'fastify',
      expect: 'clean',
      rule,
      file: 'src/list.ts',
      files: () =>
        node(
          {},
          {
            'src/list.ts':
              "export async function page(client, cursor) {\n  const data = await client.list({ cursor });\n  const nextPageToken = data.nextPageToken;\n  console.log('next page', nextPageToken);\n  return data;\n}\n",
          },
        ),
    },
    {
      id: 'checkout-token',
      fw: 'next-pages',
      expect: 'clean',
      rule,
      file: 'pages/api/checkout.ts',
      files: () =>
        nextApp({
          'pages/api/checkout.ts':
            "export default async function handler(req, res) {\n  const checkoutToken = req.query.token;\n  console.log('checkout', checkoutToken);\n  res.json({ ok: true });\n}\n",
        }),
    },
    {
      id: 'token-endpoint-url',
      fw: 'express',
      expect: 'clean',
      rule,
      file: 'src/oauth.ts',
      files: () =>
        srv(
          'src/oauth.ts',
          "const tokenEndpoint = new URL('/oauth/token', process.env.IDP_URL);\nconsole.log('token endpoint', tokenEndpoint);\n",
        ),
    },
    {
      id: 'i18n-token-message',
      fw: 'next-app',
      expect: 'clean',
      rule,
      file: 'app/session.ts',
      files: () =>
        nextApp({
          'app/session.ts':
            "import messages from './messages.json';\nexport function expired() {\n  console.warn(messages.tokenExpired);\n  console.warn(messages.errors.invalidPassword);\n}\n",
          'app/messages.json':
            '{"tokenExpired":"Your session expired","errors":{"invalidPassword":"Wrong password"}}\n',
        }),
    },
    {
      id: 'encrypted-password',
      fw: 'nestjs',
      expect: 'clean',
      rule,
      file: 'src/users/users.service.ts',
      files: () =>
        node(
          { '@nestjs/common': '^10.0.0' },
          {
            'src/users/users.service.ts':
              "import { Injectable, Logger } from '@nestjs/common';\n@Injectable()\nexport class UsersService {\n  private readonly logger = new Logger(UsersService.name);\n  async create(hasher, plain: string) {\n    const encryptedPassword = await hasher.encrypt(plain);\n    const hashedToken = await hasher.hash(plain);\n    this.logger.log({ encryptedPassword, hashedToken });\n  }\n}\n",
          },
        ),
    },
  ],
};
