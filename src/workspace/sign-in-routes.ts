/**
 * Sign-in, sign-out and the session check every other workspace page goes through. A request
 * without a live session is sent to the sign-in page (a form post gets 401); a form without the
 * right CSRF token gets 403; past the per-address limit, 429. An officer's own limits read like
 * any other answer, so the pages never tell who is an officer.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { perMinute } from '../http/rate-limits.js';
import {
  clearCookie,
  csrfOf,
  csrfValid,
  formatter,
  type PageLang,
  pageLang,
  PRE_COOKIE,
  preSecret,
  SESSION_COOKIE,
  setCookie,
  translate,
} from './workspace-http.js';
import { type Viewer, viewerOf } from './workspace-access.js';
import type { WorkspaceContext, WorkspaceRates } from './workspace-plugin.js';

/** A signed-in request: who, the CSRF token of their forms, their session id. */
export interface Signed {
  viewer: Viewer;
  csrf: string;
  sessionId: string;
  timeZone: string;
}

type Form = Record<string, unknown>;
const text = (value: unknown, max: number) => (typeof value === 'string' ? value.slice(0, max) : '');

/** Renders a workspace page in `lang` with the strings and the date format it needs. */
export function render(
  ctx: WorkspaceContext,
  reply: FastifyReply,
  template: string,
  lang: PageLang,
  data: Record<string, unknown>,
  timeZone = 'Asia/Jakarta',
): Promise<string> {
  const t = translate(ctx.translator, lang);
  return reply
    .type('text/html; charset=utf-8')
    .viewAsync(template, { t, lang, fmt: formatter(lang, timeZone), viewer: undefined, ...data });
}

/** A page with a title and one sentence (refusals, errors), with its status code. */
export function message(
  ctx: WorkspaceContext,
  reply: FastifyReply,
  status: number,
  key: string,
  lang: PageLang,
  signed?: Signed,
): Promise<string> {
  const t = translate(ctx.translator, lang);
  reply.code(status);
  return render(ctx, reply, 'message', lang, {
    title: t(`error.${key}.title`),
    text: t(`error.${key}.text`),
    ...(signed ? { viewer: signed.viewer, csrf: signed.csrf } : {}),
  });
}

/**
 * The live session of this request, or undefined after answering it: a page is redirected to
 * sign-in, a form post gets 401, a form without the session's CSRF token 403.
 */
export async function requireSession(
  ctx: WorkspaceContext,
  req: FastifyRequest,
  reply: FastifyReply,
): Promise<Signed | undefined> {
  const sessionId = req.cookies[SESSION_COOKIE];
  const on = sessionId ? await ctx.signIn.session(sessionId) : undefined;
  if (!sessionId || !on) {
    if (sessionId) clearCookie(reply, SESSION_COOKIE);
    if (req.method === 'GET') {
      // Back to this page after signing in (a link in an alert opens the case, not the queue).
      const next = nextPage(req.url);
      await reply.redirect(next ? `/petugas/masuk?next=${encodeURIComponent(next)}` : '/petugas/masuk', 303);
      return undefined;
    }
    await reply.send(await message(ctx, reply, 401, 'signed_out', pageLang(req)));
    return undefined;
  }
  const signed = {
    viewer: viewerOf(on, ctx.admins),
    csrf: csrfOf(sessionId),
    sessionId,
    timeZone: on.office.timezone,
  };
  if (req.method !== 'GET' && !csrfValid(sessionId, (req.body as Form | undefined)?._csrf)) {
    await reply.send(await message(ctx, reply, 403, 'csrf', signed.viewer.lang, signed));
    return undefined;
  }
  return signed;
}

export function registerSignInRoutes(
  app: FastifyInstance,
  ctx: WorkspaceContext,
  rates: WorkspaceRates,
): void {
  const limited = { config: perMinute(rates.signInPerIp) };
  const pages = { config: perMinute(rates.pagesPerIp) };

  app.get('/petugas', pages, async (_req, reply) => reply.redirect('/petugas/kasus', 303));

  app.get('/petugas/masuk', pages, async (req, reply) => {
    const lang = pageLang(req);
    return render(ctx, reply, 'signin', lang, {
      title: translate(ctx.translator, lang)('signin.title'),
      csrf: csrfOf(preSecret(req, reply)),
      next: nextPage((req.query as Record<string, unknown>).next),
    });
  });

  app.post('/petugas/masuk', limited, async (req, reply) => {
    const lang = pageLang(req);
    const form = (req.body ?? {}) as Form;
    const secret = req.cookies[PRE_COOKIE];
    if (!csrfValid(secret, form._csrf)) return message(ctx, reply, 403, 'csrf', lang);
    const typed = text(form.officer, 64).trim();
    const t = translate(ctx.translator, lang);
    const csrf = csrfOf(secret!);
    if (typed === '')
      return render(ctx, reply.code(400), 'signin', lang, {
        title: t('signin.title'),
        csrf,
        problem: 'empty',
        next: nextPage(form.next),
      });
    // Sent, unknown, unreachable and an officer's code limit all read alike: a page that refused
    // only real officers would tell anyone who is one, and a stranger could keep an officer out.
    // Past the limit no code is sent (audited); the officer signs in with a code already received.
    await ctx.signIn.requestCode(typed);
    return render(ctx, reply, 'code', lang, {
      title: t('signin.code_title'),
      csrf,
      typed,
      next: nextPage(form.next),
    });
  });

  // The code page is the answer to a form: opened or reloaded on its own, it starts over.
  app.get('/petugas/masuk/kode', pages, async (req, reply) =>
    reply.redirect(`/petugas/masuk?lang=${pageLang(req)}`, 303),
  );

  app.post('/petugas/masuk/kode', limited, async (req, reply) => {
    const lang = pageLang(req);
    const form = (req.body ?? {}) as Form;
    const secret = req.cookies[PRE_COOKIE];
    if (!csrfValid(secret, form._csrf)) return message(ctx, reply, 403, 'csrf', lang);
    const typed = text(form.officer, 64).trim();
    const result = await ctx.signIn.verify(typed, text(form.code, 12).trim());
    if ('refused' in result) {
      const t = translate(ctx.translator, lang);
      // An officer's failure limit reads as a wrong code: only real officers have one, so a
      // different answer would tell who is an officer (the refusal is audited either way).
      return render(ctx, reply.code(401), 'code', lang, {
        title: t('signin.code_title'),
        csrf: csrfOf(secret!),
        typed,
        problem: 'wrong',
        next: nextPage(form.next),
      });
    }
    setCookie(reply, SESSION_COOKIE, result.sessionId);
    clearCookie(reply, PRE_COOKIE);
    return reply.redirect(nextPage(form.next) ?? '/petugas/kasus', 303);
  });

  app.post('/petugas/keluar', pages, async (req, reply) => {
    const signed = await requireSession(ctx, req, reply);
    if (!signed) return reply;
    await ctx.signIn.signOut(signed.sessionId, signed.viewer.officerId);
    clearCookie(reply, SESSION_COOKIE);
    return reply.redirect('/petugas/masuk', 303);
  });
}

/**
 * A workspace page to come back to after signing in: a case, the rota or the statistics, exactly
 * (never another site, never a form action); undefined for anything else, which lands on the queue.
 */
export function nextPage(value: unknown): string | undefined {
  return typeof value === 'string' && NEXT_PAGE.test(value) ? value : undefined;
}

const NEXT_PAGE = /^\/petugas\/(kasus\/[A-Z0-9]{3}-[A-Z0-9]{3}|rota|statistik|akses)$/;
