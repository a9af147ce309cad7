/**
 * The officer workspace at /petugas: server-rendered pages (@fastify/view + eta, escaped by
 * default), a little htmx for the queue, its stylesheet and htmx served by the app itself
 * (@fastify/static from node_modules, no CDN), under the app's strict CSP (nothing inline).
 * Registered without fastify-plugin, so its cookie and form parsers stay inside /petugas.
 */
import { join } from 'node:path';
import fastifyCookie from '@fastify/cookie';
import fastifyFormbody from '@fastify/formbody';
import fastifyStatic from '@fastify/static';
import fastifyView from '@fastify/view';
import { Eta } from 'eta';
import type { FastifyPluginAsync } from 'fastify';
import type { i18n } from 'i18next';
import { RATE_WINDOW_MS } from '../http/rate-limits.js';
import { PROJECT_ROOT } from '../lib/project-root.js';
import { CaseActions } from './case-actions.js';
import { CaseDesk } from './case-desk.js';
import { CaseEvidence } from './case-evidence.js';
import { CaseHandover } from './case-handover.js';
import { registerCaseRoutes } from './case-routes.js';
import { AccessLogDesk } from './access-log-desk.js';
import { registerAccessLogRoutes } from './access-log-routes.js';
import { type DirectoryControl, RotaDesk } from './rota-desk.js';
import { registerRotaRoutes } from './rota-routes.js';
import { message, registerSignInRoutes } from './sign-in-routes.js';
import { pageLang } from './workspace-http.js';
import { StatisticsDesk } from './statistics-desk.js';
import { registerStatisticsRoutes } from './statistics-routes.js';
import { type DeskGateway, SignIn, type SIGNIN_LIMITS } from './sign-in.js';

// From the source tree, so the compiled service (dist/) serves the same files.
const VIEWS = join(PROJECT_ROOT, 'src/workspace/views');
const ASSETS = join(PROJECT_ROOT, 'src/workspace/assets');
const HTMX = join(PROJECT_ROOT, 'node_modules/htmx.org/dist');
const CHART_JS = join(PROJECT_ROOT, 'node_modules/chart.js/dist');
const SERVED_ASSETS = new Set([
  '/workspace.css',
  '/htmx.min.js',
  '/workspace-pages.css',
  '/statistics.js',
  '/chart.umd.min.js',
]);

export interface WorkspaceRates {
  /** Sign-in requests (asking for a code, typing it) per address per minute. */
  signInPerIp: number;
  /** Every other workspace request per address per minute. */
  pagesPerIp: number;
}

export const DEFAULT_WORKSPACE_RATES: WorkspaceRates = { signInPerIp: 10, pagesPerIp: 300 };

export interface WorkspaceOptions {
  desk: DeskGateway;
  translator: i18n;
  /** Directory ids of the officers who see everything (WORKSPACE_ADMINS). */
  admins: readonly string[];
  rates?: WorkspaceRates;
  /** Tests shorten the sign-in limits and session times. */
  limits?: typeof SIGNIN_LIMITS;
  /** The running service's directory file, which an administrator may reload (rota page). */
  directory?: DirectoryControl;
  /** A Kemendagri region code's name for the statistics ("72.71" → "Kota Palu"); codes without it. */
  regionName?: (code: string) => string | undefined;
}

export const workspacePlugin: FastifyPluginAsync<WorkspaceOptions> = async (app, options) => {
  const rates = options.rates ?? DEFAULT_WORKSPACE_RATES;
  await app.register(fastifyCookie);
  await app.register(fastifyFormbody, { bodyLimit: 16 * 1024 });
  await app.register(fastifyView, {
    engine: { eta: new Eta({ views: VIEWS, cache: true }) },
    root: VIEWS,
    viewExt: 'eta',
    production: true,
  });
  // Workspace pages are personal: never stored by a shared computer's browser or a proxy.
  app.addHook('onSend', async (req, reply) => {
    if (!req.url.startsWith('/petugas/assets/')) reply.header('cache-control', 'no-store');
  });
  // In a context of its own: the static routes take no route config, so their limit is a hook.
  await app.register(async (assets) => {
    assets.addHook('onRequest', assets.rateLimit({ max: rates.pagesPerIp, timeWindow: RATE_WINDOW_MS }));
    await assets.register(fastifyStatic, {
      root: [ASSETS, HTMX, CHART_JS],
      prefix: '/petugas/assets/',
      allowedPath: (path) => SERVED_ASSETS.has(path),
      maxAge: '1h',
    });
  });
  const signIn = new SignIn(options.desk, options.limits);
  const context = {
    translator: options.translator,
    signIn,
    admins: new Set(options.admins),
    desk: options.desk,
    cases: new CaseDesk(options.desk),
    actions: new CaseActions(options.desk),
    statistics: new StatisticsDesk(options.desk),
    rota: new RotaDesk(options.desk, options.directory),
    accessLog: new AccessLogDesk(options.desk),
    regionName: options.regionName ?? (() => undefined),
    handover: new CaseHandover(options.desk),
    evidence: new CaseEvidence(options.desk),
  };
  // Pages answer as pages past a limit too (officer trial: raw English JSON at shift change, when an
  // office's officers share one address). Anything else goes on to the app's handler.
  app.setErrorHandler(async (error, req, reply) => {
    if ((error as { statusCode?: number }).statusCode !== 429) throw error;
    return message(context, reply, 429, 'rate_limited', pageLang(req));
  });
  registerSignInRoutes(app, context, rates);
  registerCaseRoutes(app, context, rates.pagesPerIp);
  registerStatisticsRoutes(app, context, rates.pagesPerIp);
  registerRotaRoutes(app, context, rates.pagesPerIp);
  registerAccessLogRoutes(app, context, rates.pagesPerIp);
};

export type WorkspaceContext = {
  translator: i18n;
  signIn: SignIn;
  admins: ReadonlySet<string>;
  desk: DeskGateway;
  cases: CaseDesk;
  actions: CaseActions;
  statistics: StatisticsDesk;
  rota: RotaDesk;
  accessLog: AccessLogDesk;
  regionName: (code: string) => string | undefined;
  handover: CaseHandover;
  evidence: CaseEvidence;
};
