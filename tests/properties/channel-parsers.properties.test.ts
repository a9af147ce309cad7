import fc from 'fast-check';
import type { Update } from 'grammy/types';
import { describe, expect, it } from 'vitest';
import { mapTelegramUpdate, updateIdOf } from '../../src/channels/telegram/telegram-update-mapper.js';
import { mapCloudWebhook } from '../../src/channels/whatsapp-cloud/whatsapp-cloud-webhook-mapper.js';
import { deeplyNested, hostileText } from './hostile-text.js';

const PHONE_ID = '1234567890';

/** Any JSON a network peer could send, including deeply nested and oddly typed values. */
const anyBody = fc.oneof(
  fc.jsonValue(),
  fc.anything(),
  fc.integer({ min: 1, max: 5_000 }).map(deeplyNested),
  fc.record({ update_id: fc.anything(), message: fc.anything() }),
  fc.record({ object: fc.constant('whatsapp_business_account'), entry: fc.anything() }),
);

describe('the Telegram update mapper on hostile input', () => {
  it('should never throw on any body', () => {
    fc.assert(
      fc.property(anyBody, (body) => {
        updateIdOf(body);
        const mapping = mapTelegramUpdate(body as Update);
        expect(Array.isArray(mapping.inbound)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it("should file any text under the sender's own chat, never another's", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 2 ** 40 }),
        fc.integer({ min: 0, max: 2 ** 31 }),
        hostileText,
        (chatId, updateId, text) => {
          const update = {
            update_id: updateId,
            message: {
              message_id: 1,
              date: 0,
              chat: { id: chatId, type: 'private' },
              from: { id: chatId, is_bot: false, first_name: 'x' },
              text,
            },
          } as unknown as Update;
          for (const inbound of mapTelegramUpdate(update).inbound) {
            expect(inbound.userId).toBe(String(chatId));
            expect(inbound.address).toBe(String(chatId));
            expect(inbound.externalId).toBe(`update:${updateId}`);
          }
        },
      ),
    );
  });
});

describe('the WhatsApp Cloud webhook mapper on hostile input', () => {
  it('should never throw on any body', () => {
    fc.assert(
      fc.property(anyBody, (body) => {
        const mapping = mapCloudWebhook(body, PHONE_ID);
        expect(Array.isArray(mapping.inbound)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it("should file any text under the sender's own number, never another's", () => {
    fc.assert(
      fc.property(
        fc.stringMatching(/^62[0-9]{8,12}$/),
        hostileText,
        fc.string({ maxLength: 40 }),
        (from, text, id) => {
          const body = {
            object: 'whatsapp_business_account',
            entry: [
              {
                changes: [
                  {
                    field: 'messages',
                    value: {
                      metadata: { phone_number_id: PHONE_ID },
                      contacts: [{ wa_id: from }],
                      messages: [
                        { from, id: `wamid.${id}`, timestamp: '1', type: 'text', text: { body: text } },
                      ],
                    },
                  },
                ],
              },
            ],
          };
          const mapped = mapCloudWebhook(body, PHONE_ID).inbound;
          const again = mapCloudWebhook(body, PHONE_ID).inbound;
          for (const [index, inbound] of mapped.entries()) {
            expect(inbound.address).toContain(from);
            // A redelivery maps to the same key, so the inbox stores it once.
            expect(inbound.externalId).toBe(again[index]?.externalId);
            expect(inbound.userId).toBe(again[index]?.userId);
          }
        },
      ),
    );
  });
});
