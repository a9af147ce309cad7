/**
 * The workspace's HTTP plumbing: cookies (HttpOnly, SameSite=Strict, Secure except on plain-http
 * loopback during development), CSRF tokens bound to the session (or, before sign-in, to a random
 * pre-session cookie), the page language and rendering with the workspace's strings.
 */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { i18n } from 'i18next';

export const SESSION_COOKIE = 'ppa_sid';
export const PRE_COOKIE = 'ppa_pre';
const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]', '::1']);

export type PageLang = 'id' | 'en';

/** Secure cookies everywhere but plain http on this machine (`npm start`): a browser drops them there. */
function secureFor(req: FastifyRequest): boolean {
  return !(req.protocol === 'http' && LOOPBACK.has(req.hostname.replace(/:\d+$/, '')));
}

export function setCookie(reply: FastifyReply, name: string, value: string): void {
  reply.setCookie(name, value, {
    path: '/petugas',
    httpOnly: true,
    sameSite: 'strict',
    secure: secureFor(reply.request),
  });
}

export function clearCookie(reply: FastifyReply, name: string): void {
  reply.clearCookie(name, { path: '/petugas' });
}

/** The CSRF token of a cookie's secret: only a page the secret's holder loaded can know it. */
export function csrfOf(secret: string): string {
  return createHash('sha256').update(`csrf:${secret}`).digest('base64url');
}

export function csrfValid(secret: string | undefined, sent: unknown): boolean {
  if (!secret || typeof sent !== 'string') return false;
  const expected = Buffer.from(csrfOf(secret));
  const got = Buffer.from(sent);
  return got.length === expected.length && timingSafeEqual(got, expected);
}

/** The pre-session secret the sign-in forms' tokens are made from (set on first sight). */
export function preSecret(req: FastifyRequest, reply: FastifyReply): string {
  const existing = req.cookies[PRE_COOKIE];
  if (existing && /^[\w-]{20,64}$/.test(existing)) return existing;
  const fresh = randomBytes(24).toString('base64url');
  setCookie(reply, PRE_COOKIE, fresh);
  return fresh;
}

/** Before sign-in: `?lang=en`, else the browser's first language, else Indonesian. */
export function pageLang(req: FastifyRequest): PageLang {
  const query = (req.query as Record<string, unknown>).lang;
  if (query === 'en' || query === 'id') return query;
  return /^en\b/i.test(req.headers['accept-language'] ?? '') ? 'en' : 'id';
}

/** `t` for templates: workspace keys by default, other namespaces when named (`common:language.id`). */
export function translate(translator: i18n, lang: PageLang) {
  return (key: string, params: Record<string, unknown> = {}) =>
    translator.t(key.includes(':') ? key : `workspace:${key}`, { ...params, lng: lang });
}

/** A date and time for a workspace page, in the viewer's office's zone. */
export function formatter(lang: PageLang, timeZone: string): (at: number) => string {
  const format = new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : 'id-ID', {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone,
  });
  return (at) => format.format(at);
}
