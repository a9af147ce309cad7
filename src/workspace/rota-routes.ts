/**
 * `/petugas/rota`: who is on call now and next per office (in the office's zone), who an urgent
 * case reaches now, unreachable officers and why, the directory's problems; and
 * `POST /petugas/rota/muat-ulang`: an administrator reloads DIRECTORY_FILE without a restart.
 */
import type { FastifyInstance } from 'fastify';
import { perMinute } from '../http/rate-limits.js';
import { message, render, requireSession } from './sign-in-routes.js';
import { formatter, translate } from './workspace-http.js';
import type { WorkspaceContext } from './workspace-plugin.js';

const OUTCOMES = new Set(['reloaded', 'refused']);

export function registerRotaRoutes(app: FastifyInstance, ctx: WorkspaceContext, pagesPerIp: number): void {
  const pages = { config: perMinute(pagesPerIp) };

  app.get('/petugas/rota', pages, async (req, reply) => {
    const signed = await requireSession(ctx, req, reply);
    if (!signed) return reply;
    const view = await ctx.rota.view(signed.viewer);
    const lang = signed.viewer.lang;
    const t = translate(ctx.translator, lang);
    const done = (req.query as Record<string, unknown>).done;
    return render(
      ctx,
      reply,
      'rota',
      lang,
      {
        title: t('workspace-rota:title'),
        viewer: signed.viewer,
        csrf: signed.csrf,
        section: 'rota',
        view,
        // Each office's times in its own zone (WIB, WITA, WIT).
        inZone: (zone: string) => formatter(lang, zone),
        done: typeof done === 'string' && OUTCOMES.has(done) ? done : undefined,
      },
      signed.timeZone,
    );
  });

  app.post('/petugas/rota/muat-ulang', pages, async (req, reply) => {
    const signed = await requireSession(ctx, req, reply);
    if (!signed) return reply;
    const outcome = await ctx.rota.reload(signed.viewer);
    if (!outcome) return message(ctx, reply, 403, 'forbidden', signed.viewer.lang, signed);
    // The page shows the problems of a refused file from the directory's status.
    return reply.redirect(`/petugas/rota?done=${outcome.type}`, 303);
  });
}
