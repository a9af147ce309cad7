import type { FastifyPluginAsync } from 'fastify';
import type { HotlineGateway } from '../conversations/hotline-gateway.js';
import { perMinute } from './rate-limits.js';

/** Probes carry no body. */
const HEALTH_BODY_LIMIT_BYTES = 1024;

/** `/healthz`: the process is up. `/readyz`: it can reach its database (load balancers route on this). */
export const healthPlugin: FastifyPluginAsync<{ hotline: HotlineGateway; rateLimit: number }> = async (
  app,
  { hotline, rateLimit },
) => {
  const limits = { config: perMinute(rateLimit), bodyLimit: HEALTH_BODY_LIMIT_BYTES };
  app.get('/healthz', limits, async () => ({ status: 'ok' }));
  app.get('/readyz', limits, async (_req, reply) => {
    if (await hotline.isReady()) return { status: 'ready' };
    return reply.code(503).send({ status: 'unavailable', message: 'database not reachable' });
  });
};
