import type { FastifyPluginAsync } from 'fastify';
import type { HotlineGateway } from '../conversations/hotline-gateway.js';

/** `/healthz`: the process is up. `/readyz`: it can reach its database (load balancers route on this). */
export const healthPlugin: FastifyPluginAsync<{ hotline: HotlineGateway }> = async (app, { hotline }) => {
  app.get('/healthz', async () => ({ status: 'ok' }));
  app.get('/readyz', async (_req, reply) => {
    if (await hotline.isReady()) return { status: 'ready' };
    return reply.code(503).send({ status: 'unavailable', message: 'database not reachable' });
  });
};
