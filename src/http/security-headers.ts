/**
 * Security headers on every response (@fastify/helmet). The pages — the web chat and the officer
 * workspace (/petugas) — load their scripts and styles from files of their own, so the CSP allows
 * nothing inline; no framing (clickjacking a
 * reporter's chat); no referrer (the page's address never reaches another site, such as the quick
 * exit's landing page).
 */
import helmet from '@fastify/helmet';
import type { FastifyInstance } from 'fastify';

export async function registerSecurityHeaders(app: FastifyInstance): Promise<void> {
  await app.register(helmet, {
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'none'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'"],
        connectSrc: ["'self'"],
        imgSrc: ["'self'"],
        baseUri: ["'none'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
      },
    },
    referrerPolicy: { policy: 'no-referrer' },
  });
}
