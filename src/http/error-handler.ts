import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import type { AppError } from '../lib/app-error.js';

/** Keeps Fastify's 4xx answers (400 bad JSON, 413 too large) and hides the details of a 5xx. */
export function errorHandler(error: FastifyError | AppError, req: FastifyRequest, reply: FastifyReply): void {
  const status = error.statusCode ?? 500;
  if (status >= 500) {
    req.log.error({ err: { type: error.name, code: error.code, message: error.message } }, 'request failed');
    void reply
      .code(status)
      .send({ error: 'internal_error', message: 'Something went wrong; try again later.' });
    return;
  }
  void reply.code(status).send({ error: error.code ?? 'bad_request', message: error.message });
}
