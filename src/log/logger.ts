/**
 * pino, with the rule that no log line holds message text, phone numbers or tokens. Code logs ids
 * and codes only; redaction is the safety net for a field that slips through, and the request
 * serializer logs the route's pattern, never the path or its query string (the WhatsApp handshake
 * carries its verify token there).
 */
import pino, { type Logger, type LoggerOptions } from 'pino';

export const REDACTED_PATHS = [
  'text',
  '*.text',
  'body',
  '*.body',
  'payload',
  '*.payload',
  'phone',
  '*.phone',
  'address',
  '*.address',
  'userId',
  '*.userId',
  'token',
  '*.token',
  'req.headers.authorization',
  'req.headers.cookie',
  'req.headers["x-telegram-bot-api-secret-token"]',
  'req.headers["x-hub-signature-256"]',
];

export function loggerOptions(level: LoggerOptions['level'] = 'info'): LoggerOptions {
  return {
    level,
    redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
    serializers: {
      // The route, not the path: a path holds case references and evidence ids
      // (/petugas/kasus/K7M-4PX), and an unknown one is whatever a stranger typed.
      req: (req: { method?: string; id?: string; routeOptions?: { url?: string } }) => ({
        method: req.method,
        url: req.routeOptions?.url ?? '(no route)',
        id: req.id,
      }),
      res: (res: { statusCode?: number }) => ({ statusCode: res.statusCode }),
    },
  };
}

export function createLogger(
  level: LoggerOptions['level'] = 'info',
  destination?: pino.DestinationStream,
): Logger {
  return destination ? pino(loggerOptions(level), destination) : pino(loggerOptions(level));
}
