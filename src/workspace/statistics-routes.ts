/**
 * `/petugas/statistik`: an office's figures over whole months (`?office=…&from=YYYY-MM&to=YYYY-MM`,
 * the URL keeps them), as tables with Chart.js charts beside them; and
 * `POST /petugas/statistik/csv`: the SIMFONI-shaped export of the same office and period, as a
 * download that no browser or proxy keeps. Contact data only for an administrator who ticks the box.
 */
import type { FastifyInstance, FastifyReply } from 'fastify';
import { perMinute } from '../http/rate-limits.js';
import { message, render, requireSession, type Signed } from './sign-in-routes.js';
import type { StatsQuery, StatsRefusal } from './statistics-desk.js';
import { statsTables } from './statistics-tables.js';
import { translate } from './workspace-http.js';
import type { WorkspaceContext } from './workspace-plugin.js';

const OFFICE_ID = /^[\w-]{1,64}$/;
const MONTH_TEXT = /^[\d-]{1,7}$/;

export function registerStatisticsRoutes(
  app: FastifyInstance,
  ctx: WorkspaceContext,
  pagesPerIp: number,
): void {
  const pages = { config: perMinute(pagesPerIp) };

  app.get('/petugas/statistik', pages, async (req, reply) => {
    const signed = await requireSession(ctx, req, reply);
    if (!signed) return reply;
    const query = statsQuery(req.query as Record<string, unknown>);
    const result = await ctx.statistics.view(signed.viewer, query);
    if ('refused' in result) return refusal(ctx, reply, signed, result.refused);
    const t = translate(ctx.translator, signed.viewer.lang);
    const view = result.ok;
    return render(
      ctx,
      reply,
      'statistics',
      signed.viewer.lang,
      {
        title: t('workspace-stats:title'),
        viewer: signed.viewer,
        csrf: signed.csrf,
        section: 'statistik',
        view,
        tables: statsTables(view, t, ctx.regionName),
        scopeName: view.office?.name ?? t('workspace-stats:all_offices'),
      },
      signed.timeZone,
    );
  });

  app.post('/petugas/statistik/csv', pages, async (req, reply) => {
    const signed = await requireSession(ctx, req, reply);
    if (!signed) return reply;
    const form = (req.body ?? {}) as Record<string, unknown>;
    const withContacts = form.contacts === '1';
    const result = await ctx.statistics.csv(signed.viewer, statsQuery(form), withContacts);
    if ('refused' in result) return refusal(ctx, reply, signed, result.refused);
    // A file to keep, not a page: saved by the browser, never stored on the way (no-store is set
    // for every workspace response by the plugin).
    return reply
      .type('text/csv; charset=utf-8')
      .header('content-disposition', `attachment; filename="${result.ok.fileName}"`)
      .send(result.ok.csv);
  });
}

/**
 * The query as the desk reads it. Empty fields mean the default; a field that cannot be an office id
 * or a month is passed on as one that names nothing, so it is refused rather than silently ignored.
 */
function statsQuery(source: Record<string, unknown>): StatsQuery {
  const pick = (value: unknown, shape: RegExp) =>
    typeof value !== 'string' || value === '' ? undefined : shape.test(value) ? value : '?';
  const office = pick(source.office, OFFICE_ID);
  const from = pick(source.from, MONTH_TEXT);
  const to = pick(source.to, MONTH_TEXT);
  return { ...(office ? { office } : {}), ...(from ? { from } : {}), ...(to ? { to } : {}) };
}

function refusal(
  ctx: WorkspaceContext,
  reply: FastifyReply,
  signed: Signed,
  refused: StatsRefusal,
): Promise<string> {
  return message(
    ctx,
    reply,
    refused === 'forbidden' ? 403 : 400,
    refused === 'forbidden' ? 'stats_forbidden' : 'bad_form',
    signed.viewer.lang,
    signed,
  );
}
