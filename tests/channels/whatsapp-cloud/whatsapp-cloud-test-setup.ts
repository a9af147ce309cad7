/**
 * A hotline with the WhatsApp Cloud API channel pointed at a fake Graph API on a real loopback
 * port, and the app built around it: webhook tests inject() signed payloads, the sender and the
 * media source call the fake over real HTTP.
 */
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { buildApp } from '../../../src/app.js';
import { WhatsAppCloudChannel } from '../../../src/channels/whatsapp-cloud/whatsapp-cloud-channel.js';
import type { WhatsAppCloudConfig } from '../../../src/config/config.js';
import { FieldCipher } from '../../../src/db/field-cipher.js';
import { triage } from '../../../src/triage/index.js';
import { FakeGraphApi, type SentCloudMessage } from '../../support/fake-graph-api.js';
import { createTestHotline, TEST_KEY, type TestHotline, tempDir } from '../../support/test-hotline.js';
import { signature } from '../../support/whatsapp-cloud-payloads.js';

export const APP_SECRET = 'app-secret-RAHASIA-123';
export const VERIFY_TOKEN = 'verify-token-456';

export interface CloudHarness {
  api: FakeGraphApi;
  t: TestHotline;
  channel: WhatsAppCloudChannel;
  app: FastifyInstance;
  /** POSTs a payload signed with the app secret (or with the headers given). */
  post(payload: unknown, headers?: Record<string, string>): Promise<LightMyRequestResponse>;
  /** Runs the worker and the dispatcher until nothing is left; returns the messages sent meanwhile. */
  settle(): Promise<SentCloudMessage[]>;
  /** Every stored inbound input, decrypted, in arrival order. */
  storedInputs(): unknown[];
  close(): Promise<void>;
}

export async function cloudHarness(
  options: { template?: WhatsAppCloudConfig['template'] } = {},
): Promise<CloudHarness> {
  const api = new FakeGraphApi();
  await api.listen();
  const dir = tempDir();
  // The real triage, directory and locales: a report over WhatsApp is the report a reporter gets.
  const t = createTestHotline(`${dir.dir}/hotline.db`, { triage });
  const channel = new WhatsAppCloudChannel(
    t.hotline,
    {
      accessToken: api.token,
      phoneNumberId: api.phoneNumberId,
      appSecret: APP_SECRET,
      verifyToken: VERIFY_TOKEN,
      apiRoot: api.root,
      apiVersion: api.version,
      template: options.template,
    },
    t.hotline.logger,
    { clock: t.clock },
  );
  const app = await buildApp({ hotline: t.hotline, logger: t.hotline.logger, whatsappCloud: channel });
  let seen = 0;
  return {
    api,
    t,
    channel,
    app,
    post: (payload, headers) => {
      const raw = typeof payload === 'string' ? payload : JSON.stringify(payload);
      return app.inject({
        method: 'POST',
        url: '/webhooks/whatsapp',
        headers: {
          'content-type': 'application/json',
          ...(headers ?? { 'x-hub-signature-256': signature(raw, APP_SECRET) }),
        },
        payload: raw,
      });
    },
    settle: async () => {
      await t.hotline.whenIdle();
      const sent = api.sentMessages();
      const fresh = sent.slice(seen);
      seen = sent.length;
      return fresh;
    },
    storedInputs: () => {
      const cipher = new FieldCipher([TEST_KEY]);
      const rows = t.data.sql.prepare('select payload_enc from inbound_messages order by id').all() as {
        payload_enc: string;
      }[];
      return rows.map((r) => cipher.decryptJson<{ input: unknown }>(r.payload_enc).input);
    },
    close: async () => {
      await app.close();
      await t.hotline.close();
      await api.close();
      dir.cleanup();
    },
  };
}
