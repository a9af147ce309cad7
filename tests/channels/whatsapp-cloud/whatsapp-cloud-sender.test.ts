import { afterEach, describe, expect, it } from 'vitest';
import { SERVICE_WINDOW_MS } from '../../../src/channels/whatsapp-cloud/whatsapp-cloud-sender.js';
import { REPORTER, textPayload } from '../../support/whatsapp-cloud-payloads.js';
import { type CloudHarness, cloudHarness } from './whatsapp-cloud-test-setup.js';

let h: CloudHarness;

afterEach(async () => {
  await h.close();
});

const TEMPLATE = { name: 'pesan_lanjutan', language: 'id' };
const FOLLOW_UP = { text: 'Petugas ingin menghubungi Anda.\nBalas pesan ini jika aman.' };

/** A reporter writes, the bot answers; returns the conversation id. */
async function startConversation(): Promise<string> {
  await h.post(textPayload('halo'));
  await h.settle();
  return h.t.data.repos.conversations.findId('whatsapp_cloud', `user:${REPORTER.userId}`)!;
}

/** Queues a message the bot sends on its own (an officer's follow-up), like the worker would. */
function enqueueFollowUp(conversationId: string): number {
  return h.t.data.repos.outbox.enqueue({
    conversationId,
    channel: 'whatsapp_cloud',
    address: `to:${REPORTER.waId}`,
    payload: FOLLOW_UP,
    now: h.t.clock.now(),
  });
}

function outboxRow(id: number) {
  return h.t.data.sql.prepare('select status, last_error as error from outbox where id = ?').get(id);
}

describe('whatsapp cloud sender', () => {
  describe('the 24-hour customer-service window', () => {
    it('should send free-form text within 24 hours of the reporter’s last message', async () => {
      h = await cloudHarness({ template: TEMPLATE });
      const conversationId = await startConversation();
      h.t.clock.advance(SERVICE_WINDOW_MS - 10 * 60_000);
      enqueueFollowUp(conversationId);
      const [sent] = await h.settle();
      expect(sent).toMatchObject({ type: 'text', text: FOLLOW_UP.text });
    });

    it('should send the configured template outside the window, the text as its one-line parameter', async () => {
      h = await cloudHarness({ template: TEMPLATE });
      const conversationId = await startConversation();
      h.t.clock.advance(SERVICE_WINDOW_MS + 60_000);
      const id = enqueueFollowUp(conversationId);
      const [sent] = await h.settle();
      expect(sent?.body).toEqual({
        messaging_product: 'whatsapp',
        to: REPORTER.waId,
        type: 'template',
        template: {
          name: 'pesan_lanjutan',
          language: { code: 'id' },
          components: [
            {
              type: 'body',
              parameters: [
                { type: 'text', text: 'Petugas ingin menghubungi Anda. · Balas pesan ini jika aman.' },
              ],
            },
          ],
        },
      });
      expect(outboxRow(id)).toEqual({ status: 'sent', error: null });
    });

    it('should give up outside the window without a template, with a clear code and an admin log line', async () => {
      h = await cloudHarness();
      const conversationId = await startConversation();
      h.t.clock.advance(SERVICE_WINDOW_MS + 60_000);
      const id = enqueueFollowUp(conversationId);
      expect(await h.settle()).toEqual([]);
      expect(outboxRow(id)).toEqual({ status: 'failed', error: 'whatsapp_window_closed' });
      expect(h.t.logs.text).toContain('no WHATSAPP_TEMPLATE_NAME configured');
      expect(h.t.logs.text).not.toContain('Petugas ingin');
    });

    it('should fall back to the template when WhatsApp says the window closed (131047)', async () => {
      h = await cloudHarness({ template: TEMPLATE });
      const conversationId = await startConversation();
      h.api.failNext({ status: 400, code: 131047, message: 'Re-engagement message' });
      enqueueFollowUp(conversationId);
      const sent = await h.settle();
      expect(sent.map((m) => m.type)).toEqual(['template']);
    });

    it('should reopen the window when the reporter writes again', async () => {
      h = await cloudHarness();
      await startConversation();
      h.t.clock.advance(2 * SERVICE_WINDOW_MS);
      await h.post(textPayload('menu'));
      const sent = await h.settle();
      expect(sent.length).toBeGreaterThan(0);
      expect(sent.every((m) => m.type !== 'template')).toBe(true);
    });
  });

  describe('Graph API errors', () => {
    it('should retry after a 5xx and deliver in order once WhatsApp recovers', async () => {
      h = await cloudHarness();
      h.api.failNext({ status: 500, code: 131000, message: 'Something went wrong' });
      await h.post(textPayload('halo'));
      expect(await h.settle()).toEqual([]);
      h.t.clock.advance(1_000);
      const sent = await h.settle();
      expect(sent.map((m) => m.text.split('\n')[0])).toEqual([
        'Halo, terima kasih sudah menghubungi kami.',
        'Apakah Anda setuju kami menyimpan pesan Anda untuk membantu?',
      ]);
      expect(h.t.logs.text).toContain('send failed; will retry');
    });

    it('should wait at least Retry-After when WhatsApp throttles (130429)', async () => {
      h = await cloudHarness();
      h.api.failNext({ status: 429, code: 130429, retryAfterSeconds: 5 });
      await h.post(textPayload('halo'));
      await h.settle();
      h.t.clock.advance(4_000);
      expect(await h.settle()).toEqual([]);
      h.t.clock.advance(1_000);
      expect(await h.settle()).toHaveLength(2);
    });

    it.each([
      [131026, 400, false],
      [100, 400, false],
      [190, 401, true],
      [132001, 404, true],
    ])(
      'should give up on code %i and alert the administrator only when it is theirs (%i)',
      async (code, status, admin) => {
        h = await cloudHarness();
        h.api.failNext({ status, code });
        await h.post(textPayload('halo'));
        await h.settle();
        const row = h.t.data.sql.prepare('select status, last_error as error from outbox order by id').get();
        expect(row).toEqual({ status: 'failed', error: `whatsapp_${code}` });
        expect(h.t.logs.text.includes('needs an administrator')).toBe(admin);
      },
    );
  });
});
