/**
 * `/petugas/akses`: the access log (access-log-desk.ts) of one officer or of all the viewer may see,
 * over a period (`?petugas=palu-a&hari=7`). Supervisors and administrators only; anyone else gets
 * the 403 page.
 */
import type { FastifyInstance } from 'fastify';
import { perMinute } from '../http/rate-limits.js';
import { message, render, requireSession } from './sign-in-routes.js';
import { translate } from './workspace-http.js';
import type { WorkspaceContext } from './workspace-plugin.js';

const OFFICER_ID = /^[a-z0-9][a-z0-9-]{0,63}$/;

export function registerAccessLogRoutes(
  app: FastifyInstance,
  ctx: WorkspaceContext,
  pagesPerIp: number,
): void {
  app.get('/petugas/akses', { config: perMinute(pagesPerIp) }, async (req, reply) => {
    const signed = await requireSession(ctx, req, reply);
    if (!signed) return reply;
    const query = req.query as Record<string, unknown>;
    const officer = typeof query.petugas === 'string' && query.petugas !== '' ? query.petugas : undefined;
    const days = typeof query.hari === 'string' ? query.hari : undefined;
    // An id that cannot be one is asked about as such, so it is refused rather than ignored.
    const result = await ctx.accessLog.view(signed.viewer, {
      ...(officer ? { officer: OFFICER_ID.test(officer) ? officer : '?' } : {}),
      ...(days ? { days } : {}),
    });
    if ('refused' in result) return message(ctx, reply, 403, 'forbidden', signed.viewer.lang, signed);
    const t = translate(ctx.translator, signed.viewer.lang);
    return render(
      ctx,
      reply,
      'access',
      signed.viewer.lang,
      {
        title: t('access.title'),
        viewer: signed.viewer,
        csrf: signed.csrf,
        section: 'akses',
        view: result.ok,
      },
      signed.timeZone,
    );
  });
}
