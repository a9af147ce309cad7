/**
 * The queue, a case's page and what an officer does on it. Every page needs a live session; every
 * form its CSRF token; another office's case answers 403 (and the refusal is audited by the desk).
 */
import type { FastifyInstance, FastifyReply } from 'fastify';
import { perMinute } from '../http/rate-limits.js';
import { DESK_STATUSES, type DeskStatus } from '../db/desk-rows.js';
import type { ActionResult, Outcome } from './case-actions.js';
import { readSimfoniForm, SIMFONI_FIELDS } from '../statistics/simfoni-vocabulary.js';
import { dayIn, dayLabel, parseFollowUp } from './follow-up.js';
import { filterQuery, KINDS, parseFilters, RISKS, TABS, type Tab } from './case-queue.js';
import { message, render, requireSession, type Signed } from './sign-in-routes.js';
import { translate } from './workspace-http.js';
import type { WorkspaceContext } from './workspace-plugin.js';

const REFERENCE = /^[A-Za-z0-9]{3}-?[A-Za-z0-9]{3}$/;
const OUTCOMES = new Set<string>([
  'claimed',
  'already_yours',
  'taken',
  'not_claimable',
  'sent',
  'held_back',
  'not_holder',
  'empty',
  'status_changed',
  'note_added',
  'blocked',
  'unblocked',
  'not_blocked',
  'block_refused',
  'gone',
  'assigned',
  'not_assignable',
  'assignee_off_duty',
  'transferred',
  'not_transferable',
  'transfer_unreachable',
  'follow_up_set',
  'follow_up_cleared',
  'simfoni_saved',
] satisfies Outcome[]);
/** Outcomes that did nothing: shown as a refusal, not as a success (officer trial: a lost claim race was green). */
const REFUSED_OUTCOMES = new Set<string>([
  'taken',
  'not_claimable',
  'held_back',
  'not_holder',
  'empty',
  'not_blocked',
  'block_refused',
  'gone',
  'not_assignable',
  'assignee_off_duty',
  'not_transferable',
  'transfer_unreachable',
] satisfies Outcome[]);
/** Evidence file ids as the channels' media ids are stored. */
const MEDIA_ID = /^[\w.:-]{1,200}$/;
/** Directory ids (officers, offices) as a form sends them back. */
const DIRECTORY_ID = /^[\w-]{1,64}$/;
/** The chat command's bounds: 7 days unless the officer says otherwise, 30 at most. */
const BLOCK_DAYS = { default: 7, max: 30 } as const;

type Form = Record<string, unknown>;
type Params = { reference: string };

export function registerCaseRoutes(app: FastifyInstance, ctx: WorkspaceContext, pagesPerIp: number): void {
  const pages = { config: perMinute(pagesPerIp) };
  app.get('/petugas/kasus', pages, async (req, reply) => {
    const signed = await requireSession(ctx, req, reply);
    if (!signed) return reply;
    const filters = parseFilters(req.query as Record<string, unknown>);
    const view = await ctx.cases.queue(signed.viewer, filters, signed.timeZone);
    const t = translate(ctx.translator, signed.viewer.lang);
    return page(ctx, reply, signed, 'queue', {
      title: t('queue.title'),
      view,
      filters,
      tabs: TABS,
      statuses: DESK_STATUSES,
      kinds: KINDS,
      risks: RISKS,
      tabQuery: (tab: Tab) => filterQuery(filters, tab),
      // "Kota Palu (72.71)": the name from the area catalog, the code where it has none.
      regionLabel: (code: string) => {
        const name = ctx.regionName(code);
        return name ? `${name} (${code})` : code;
      },
      done: (req.query as Record<string, unknown>).done === 'transferred' ? 'transferred' : undefined,
      // A follow-up day is due from the office's today on.
      today: dayIn(view.now, signed.timeZone),
    });
  });

  app.get<{ Params: Params }>('/petugas/kasus/:reference', pages, async (req, reply) => {
    const signed = await requireSession(ctx, req, reply);
    if (!signed) return reply;
    if (!REFERENCE.test(req.params.reference))
      return message(ctx, reply, 404, 'not_found', signed.viewer.lang, signed);
    const t = translate(ctx.translator, signed.viewer.lang);
    const found = await ctx.cases.page(
      signed.viewer,
      req.params.reference,
      {
        phone: t('timeline.masked_phone'),
        email: t('timeline.masked_email'),
        pin: t('timeline.masked_pin'),
      },
      // `?kontak=tampil`: the numbers the reporter typed to be called back on, shown and audited.
      { revealContacts: (req.query as Record<string, unknown>).kontak === 'tampil' },
    );
    if ('refused' in found) return refusal(ctx, reply, signed, found.refused);
    const done = (req.query as Record<string, unknown>).done;
    return page(ctx, reply, signed, 'case', {
      title: t('case.title', { reference: found.ok.row.reference }),
      page: found.ok,
      statuses: DESK_STATUSES,
      today: dayIn(found.ok.now, signed.timeZone),
      simfoniFields: SIMFONI_FIELDS,
      done: typeof done === 'string' && OUTCOMES.has(done) ? done : undefined,
      doneRefused: typeof done === 'string' && REFUSED_OUTCOMES.has(done),
    });
  });

  // Evidence opens in the browser: a type it shows and never runs inline, anything else as a download.
  app.get<{ Params: Params & { mediaId: string } }>(
    '/petugas/kasus/:reference/bukti/:mediaId',
    pages,
    async (req, reply) => {
      const signed = await requireSession(ctx, req, reply);
      if (!signed) return reply;
      const { reference, mediaId } = req.params;
      if (!REFERENCE.test(reference) || !MEDIA_ID.test(mediaId))
        return message(ctx, reply, 404, 'not_found', signed.viewer.lang, signed);
      const found = await ctx.evidence.open(signed.viewer, reference, mediaId);
      if ('refused' in found) return refusal(ctx, reply, signed, found.refused);
      const file = found.ok;
      return reply
        .type(file.contentType)
        .header('content-disposition', `${file.disposition}; filename="${file.fileName}"`)
        .send(file.bytes);
    },
  );

  const act = (
    path: string,
    run: (signed: Signed, reference: string, form: Form) => Promise<ActionResult | undefined>,
  ) =>
    app.post<{ Params: Params }>(`/petugas/kasus/:reference/${path}`, pages, async (req, reply) => {
      const signed = await requireSession(ctx, req, reply);
      if (!signed) return reply;
      const { reference } = req.params;
      if (!REFERENCE.test(reference))
        return message(ctx, reply, 404, 'not_found', signed.viewer.lang, signed);
      const result = await run(signed, reference, (req.body ?? {}) as Form);
      if (!result) return message(ctx, reply, 400, 'bad_form', signed.viewer.lang, signed);
      if ('refused' in result) return refusal(ctx, reply, signed, result.refused);
      // After a post, a redirect: reloading the page never sends the reply twice. A case moved to
      // another office may be out of the viewer's sight now: back to the queue, which says so.
      if (result.outcome === 'transferred') return reply.redirect('/petugas/kasus?done=transferred', 303);
      return reply.redirect(`/petugas/kasus/${encodeURIComponent(reference)}?done=${result.outcome}`, 303);
    });

  act('ambil', (signed, reference) => ctx.actions.claim(signed.viewer, reference));
  act('balas', (signed, reference, form) =>
    ctx.actions.reply(signed.viewer, reference, String(form.text ?? '')),
  );
  act('catatan', (signed, reference, form) =>
    ctx.actions.addNote(signed.viewer, reference, String(form.text ?? '')),
  );
  act('blokir', (signed, reference, form) => {
    if (form.action === 'unblock') return ctx.actions.block(signed.viewer, reference, { kind: 'unblock' });
    const days = form.days === undefined || form.days === '' ? BLOCK_DAYS.default : Number(form.days);
    if (!Number.isInteger(days) || days < 1 || days > BLOCK_DAYS.max) return Promise.resolve(undefined);
    return ctx.actions.block(signed.viewer, reference, { kind: 'block', days });
  });
  act('serahkan', async (signed, reference, form) => {
    const officer = form.officer;
    if (typeof officer !== 'string' || !DIRECTORY_ID.test(officer)) return undefined;
    return ctx.handover.assign(signed.viewer, reference, officer);
  });
  act('pindahkan', async (signed, reference, form) => {
    const office = form.office;
    if (typeof office !== 'string' || !DIRECTORY_ID.test(office)) return undefined;
    return ctx.handover.transfer(signed.viewer, reference, office);
  });
  act('tindak-lanjut', async (signed, reference, form) => {
    const day = form.action === 'clear' ? null : parseFollowUp(form.day);
    if (day === undefined) return undefined;
    return ctx.actions.setFollowUp(signed.viewer, reference, day);
  });
  act('simfoni', async (signed, reference, form) => {
    const values = readSimfoniForm(form);
    return values ? ctx.actions.saveSimfoni(signed.viewer, reference, values) : undefined;
  });
  act('status', async (signed, reference, form) => {
    const status = form.status;
    if (!(DESK_STATUSES as readonly unknown[]).includes(status)) return undefined;
    return ctx.actions.setStatus(signed.viewer, reference, status as DeskStatus);
  });
}

function page(
  ctx: WorkspaceContext,
  reply: FastifyReply,
  signed: Signed,
  template: string,
  data: Record<string, unknown>,
): Promise<string> {
  return render(
    ctx,
    reply,
    template,
    signed.viewer.lang,
    {
      ...data,
      viewer: signed.viewer,
      csrf: signed.csrf,
      // Follow-up days are written as days (no time, no zone).
      fmtDay: dayLabel(signed.viewer.lang),
    },
    signed.timeZone,
  );
}

function refusal(
  ctx: WorkspaceContext,
  reply: FastifyReply,
  signed: Signed,
  refused: 'not_found' | 'forbidden',
): Promise<string> {
  return message(ctx, reply, refused === 'forbidden' ? 403 : 404, refused, signed.viewer.lang, signed);
}
