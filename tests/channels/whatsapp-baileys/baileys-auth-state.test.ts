import { describe, expect, it } from 'vitest';
import { useDatabaseAuthState } from '../../../src/channels/whatsapp-baileys/baileys-auth-state.js';
import { ManualClock } from '../../../src/lib/clock.js';
import { REPORTER_PN } from '../../support/baileys-messages.js';
import { createTestHotline, tempDir } from '../../support/test-hotline.js';

const baileys = await import('@whiskeysockets/baileys');

describe('useDatabaseAuthState', () => {
  it('should persist credentials and keys in the database and reload them after a restart', async () => {
    const dir = tempDir();
    const file = `${dir.dir}/hotline.db`;
    const clock = new ManualClock();
    const first = createTestHotline(file);
    const a = useDatabaseAuthState(first.data.repos.baileysAuth, 'default', baileys, clock);
    a.state.creds.me = { id: REPORTER_PN, name: 'Kantor' };
    await a.saveCreds();
    const sessionId = `${REPORTER_PN}.0`;
    await a.state.keys.set({
      session: { [sessionId]: new Uint8Array([1, 2, 3]) },
      'pre-key': { '1': { public: new Uint8Array(32).fill(4), private: new Uint8Array(32).fill(5) } },
      'app-state-sync-key': { AAAA: { keyData: new Uint8Array([9, 9]), timestamp: 1 } },
    });
    await first.hotline.close();

    const second = createTestHotline(file);
    const b = useDatabaseAuthState(second.data.repos.baileysAuth, 'default', baileys, clock);
    expect(b.state.creds.me?.id).toBe(REPORTER_PN);
    expect(
      Buffer.from(b.state.creds.noiseKey.private).equals(Buffer.from(a.state.creds.noiseKey.private)),
    ).toBe(true);
    const sessions = await b.state.keys.get('session', [sessionId, 'missing.0']);
    expect([...(sessions[sessionId] ?? [])]).toEqual([1, 2, 3]);
    expect(sessions).not.toHaveProperty('missing.0');
    const preKeys = await b.state.keys.get('pre-key', ['1']);
    expect(Buffer.from(preKeys['1']!.private).equals(Buffer.alloc(32, 5))).toBe(true);
    const syncKeys = await b.state.keys.get('app-state-sync-key', ['AAAA']);
    expect(syncKeys.AAAA).toBeInstanceOf(baileys.proto.Message.AppStateSyncKeyData);

    // Deleting a key (null) removes it.
    await b.state.keys.set({ session: { [sessionId]: null } });
    expect(await b.state.keys.get('session', [sessionId])).toEqual({});

    // At rest: encrypted values and hashed ids; no JID, no key material in plain form.
    const rows = second.data.sql.prepare('select key_hash, value_enc from baileys_auth').all() as {
      key_hash: string;
      value_enc: string;
    }[];
    expect(rows.length).toBeGreaterThan(0);
    const dump = JSON.stringify(rows);
    expect(dump).not.toContain('6281234567890');
    expect(dump).not.toContain('AAAA');
    await second.hotline.close();
    dir.cleanup();
  });

  it('should start with fresh credentials when nothing is stored', () => {
    const dir = tempDir();
    const t = createTestHotline(`${dir.dir}/hotline.db`);
    const auth = useDatabaseAuthState(t.data.repos.baileysAuth, 'default', baileys, new ManualClock());
    expect(auth.state.creds.registered).toBe(false);
    expect(t.data.repos.baileysAuth.hasSession('default')).toBe(false);
    void t.hotline.close().then(dir.cleanup);
  });
});
