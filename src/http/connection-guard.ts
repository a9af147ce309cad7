/**
 * Caps open TCP connections, per client address and in all. A connection past a cap is not served:
 * its first request is answered at once (429 for one address over its share, 503 for the whole
 * service full) with `connection: close`, and a connection that sends nothing is dropped after a
 * few seconds. So an address holding thousands of idle or long-polling sockets cannot use up the
 * process's file descriptors and take `/healthz` and the webhooks with it. Refusals are counted,
 * never logged with an address.
 */
import type { Socket } from 'node:net';
import type { FastifyInstance } from 'fastify';
import type { IntakeStats } from './intake-stats.js';

export interface ConnectionCaps {
  /** Per client address; undefined behind a reverse proxy, where every socket comes from the proxy. */
  perIp: number | undefined;
  total: number;
}

/** Seconds a refused client is asked to wait before trying again. */
const RETRY_AFTER_S = 5;
/** A refused connection that sends no request in this long is closed. */
const REFUSED_IDLE_MS = 5_000;

const REFUSED = Symbol('connection refused');
type GuardedSocket = Socket & { [REFUSED]?: 'connections_total' | 'connections_per_ip' };

export function guardConnections(app: FastifyInstance, caps: ConnectionCaps, stats: IntakeStats): void {
  const byAddress = new Map<string, number>();
  let open = 0;
  // Before Node's own listener, so the decision is made before any byte of the request is read.
  app.server.prependListener('connection', (socket: GuardedSocket) => {
    const address = socket.remoteAddress ?? '';
    const mine = byAddress.get(address) ?? 0;
    if (open >= caps.total) socket[REFUSED] = 'connections_total';
    else if (caps.perIp !== undefined && mine >= caps.perIp) socket[REFUSED] = 'connections_per_ip';
    if (socket[REFUSED]) {
      stats.refused(socket[REFUSED]);
      socket.setTimeout(REFUSED_IDLE_MS, () => socket.destroy());
      return;
    }
    open += 1;
    byAddress.set(address, mine + 1);
    socket.once('close', () => {
      open -= 1;
      const left = (byAddress.get(address) ?? 1) - 1;
      if (left <= 0) byAddress.delete(address);
      else byAddress.set(address, left);
    });
  });
  app.addHook('onRequest', async (req, reply) => {
    const refused = (req.raw.socket as GuardedSocket | null)?.[REFUSED];
    if (!refused) return;
    return reply
      .code(refused === 'connections_total' ? 503 : 429)
      .header('connection', 'close')
      .header('retry-after', RETRY_AFTER_S)
      .send({ error: 'too_many_connections', message: 'Too many open connections; try again shortly.' });
  });
}
