import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createHotlineServices } from '../../src/conversations/directory-services.js';
import {
  createDirectoryGazetteer,
  EXAMPLE_DIRECTORY_FILE,
  loadDirectory,
  parseDirectory,
} from '../../src/directory/index.js';
import { triage } from '../../src/triage/index.js';
import { Conversation } from '../support/conversation-harness.js';
import { describePostgres, postgresForTests, openTestPostgres } from '../support/postgres-test-database.js';
import { createTestHotline, tempDir, testTranslator } from '../support/test-hotline.js';
import { DEFAULT_ALERT_LIMITS } from '../../src/handoff/alert-limits.js';
import { decideStartRinging } from '../../src/handoff/alert-ringer.js';
import { decideNoticeStart } from '../../src/handoff/case-notice.js';
import type { RingFacts } from '../../src/handoff/handoff-facts.js';
import { OfficerRoster } from '../../src/handoff/officer-roster.js';
import { HandoffScene } from './handoff-harness.js';
import { typedReport } from '../support/typed-report.js';

/** A non-urgent story (past, repeated abuse, no danger now) from Kota Palu: UPTD PPA Kota Palu's case. */
const REPORT = typedReport('kota palu');
const HOUR = 3600;

async function report(scene: HandoffScene) {
  for (const turn of REPORT) await scene.reporterSays(turn);
  return scene.reporter.latestCase()!;
}

describe('every case reaches its office (case notices)', () => {
  let scene: HandoffScene;
  afterEach(async () => {
    await scene.reporter.close();
  });

  it('should announce a medium-risk case to the officer on duty, tell the reporter, and pass it up past its deadline', async () => {
    scene = HandoffScene.open(); // Monday 11:00 WITA: palu-a is on call
    const found = await report(scene);
    expect(found).toMatchObject({ officeId: 'uptd-palu', risk: 'medium', urgent: false });

    const [notice] = scene.to('palu-a');
    expect(notice!.text.split('\n')[0]).toBe(`Hotline PPA: kasus baru ${found.reference} menunggu diambil.`);
    expect(notice!.text).toContain('Risiko: sedang');
    expect(notice!.text).toContain('Ambil paling lambat: Sen, 5 Jan, 17.00 WITA');
    expect(notice!.text).not.toContain('memukul'); // never the story
    expect(notice!.options).toEqual([{ id: 'claim:1', label: 'Ambil kasus ini' }]);
    expect(scene.to('palu-s')).toEqual([]); // the supervisor is not bothered yet

    const told = scene.reporter.sender.sent.at(-1)!.message.text;
    expect(told).toContain(`Laporan ${found.reference} sudah diteruskan kepada petugas UPTD PPA Kota Palu`);
    expect(told).toContain('dalam 6 jam');

    await scene.wait(6 * HOUR - 1);
    expect(scene.to('palu-s')).toEqual([]);
    await scene.wait(1); // the deadline: the office's supervisor
    expect(scene.to('palu-s')).toHaveLength(1);
    expect(scene.to('palu-s')[0]!.text).toContain(
      `kasus ${found.reference} belum diambil sampai batas waktunya`,
    );
    expect(scene.to('palu-s')[0]!.text).toContain('1 petugas sebelumnya');
    expect(scene.to('sulteng-a')).toEqual([]);
    await scene.wait(2 * HOUR); // then the parent office's officer on duty
    expect(scene.to('sulteng-a')).toHaveLength(1);

    await scene.officerSays('palu-a', { type: 'choice', optionId: 'claim:1' });
    expect(scene.to('palu-a').at(-1)!.text).toContain('memukul'); // the claim summary has the story
    expect(scene.to('sulteng-a').at(-1)!.text).toContain('sudah ditangani oleh Petugas Contoh A');
    expect(scene.reporter.sender.sent.at(-1)!.message.text).toContain(
      'Seorang petugas sudah membaca laporan Anda',
    );
    await scene.wait(4 * HOUR);
    expect(scene.to('sulteng-s')).toEqual([]); // a claimed case goes no further

    const trail = scene.data.repos.alerts.auditTrail(1).map((e) => `${e.actor} ${e.action}`);
    expect(trail).toEqual([
      'palu-a notice_sent',
      'palu-s notice_overdue',
      'sulteng-a notice_overdue',
      'palu-a claimed',
    ]);
    expect(scene.reporter.loudFirstLines()).toEqual([]);
    expect(scene.reporter.unrendered()).toEqual([]);
  });
});

const postgres = await postgresForTests();

describePostgres('case notices on PostgreSQL', postgres, (server) => {
  it('should announce, pass up at the deadline and take a claim as on SQLite', async () => {
    const database = await server.freshDatabase();
    const dir = tempDir();
    const directory = loadDirectory(EXAMPLE_DIRECTORY_FILE);
    const t = createTestHotline(join(dir.dir, 'unused.db'), {
      triage,
      directory,
      services: {
        hotline: createHotlineServices(directory, createDirectoryGazetteer(directory), testTranslator()),
      },
      storage: await openTestPostgres(database.url),
    });
    const scene = new HandoffScene(Conversation.open({ hotline: t }));
    try {
      for (const turn of REPORT) await scene.reporterSays(turn);
      expect(scene.to('palu-a')[0]!.text).toMatch(/^Hotline PPA: kasus baru [A-Z0-9-]+ menunggu diambil\./);
      expect(scene.reporter.sender.sent.at(-1)!.message.text).toContain('dalam 6 jam');
      await scene.wait(6 * HOUR);
      expect(scene.to('palu-s')).toHaveLength(1);
      await scene.officerSays('palu-s', { type: 'choice', optionId: 'claim:1' });
      expect(scene.to('palu-a').at(-1)!.text).toContain('sudah ditangani oleh Supervisor Contoh');
      const [notice] = await t.hotline.recentAlerts(1);
      expect(notice).toMatchObject({
        reason: 'notice',
        status: 'claimed',
        claimedBy: 'palu-s',
        chain: ['palu-a', 'palu-s'],
      });
    } finally {
      await t.hotline.close();
      dir.cleanup();
    }
  });
});

describe('the notice decision', () => {
  const directory = loadDirectory(EXAMPLE_DIRECTORY_FILE);
  const roster = new OfficerRoster(directory, () => ['telegram']);
  const MONDAY_11_WITA = Date.parse('2026-01-05T11:00:00+08:00');
  const facts = (risk: 'low' | 'medium'): RingFacts => ({
    alert: {
      id: 7,
      conversationId: 'c-1',
      caseId: null,
      officeId: null,
      reason: 'notice',
      status: 'waiting',
      chain: [],
      rung: 0,
      claimedBy: null,
      reporterAwayAt: null,
      firstSentAt: null,
      deadlineAt: null,
      reference: '—',
    },
    found: {
      id: 'case-1',
      reference: 'K7M-4PX',
      officeId: 'uptd-palu',
      anonymized: false,
      urgent: false,
      categories: ['kdrt'],
      place: 'Kota Palu',
      risk,
    },
    officeAlertsSentRecently: 0,
    alertsSentBefore: 0,
  });

  it('should give a low-risk case until the end of the next working day and say so to the reporter', () => {
    const outputs = decideNoticeStart(facts('low'), roster, MONDAY_11_WITA);
    expect(outputs).toContainEqual(
      expect.objectContaining({ type: 'alert_timer', at: Date.parse('2026-01-06T16:00:00+08:00'), token: 0 }),
    );
    expect(outputs).toContainEqual({
      type: 'reporter_message',
      conversationId: 'c-1',
      message: {
        keys: [
          {
            key: 'hotline:notice.forwarded_next_day',
            params: { office: 'UPTD PPA Kota Palu', reference: 'K7M-4PX' },
          },
        ],
      },
    });
  });

  it('should link the case in the workspace when the service knows its public address', () => {
    const outputs = decideNoticeStart(
      facts('medium'),
      roster,
      MONDAY_11_WITA,
      'https://hotline.example.org/petugas',
    );
    const notice = outputs.find((o) => o.type === 'officer_message');
    expect(notice?.type === 'officer_message' && notice.message.keys).toContainEqual({
      key: 'officer:notice.link',
      params: { url: 'https://hotline.example.org/petugas/kasus/K7M-4PX' },
    });
    const without = decideNoticeStart(facts('medium'), roster, MONDAY_11_WITA).find(
      (o) => o.type === 'officer_message',
    );
    expect(JSON.stringify(without)).not.toContain('officer:notice.link');
  });

  it('should link the case in the workspace under an urgent alert too', () => {
    const urgent: RingFacts = {
      ...facts('medium'),
      alert: { ...facts('medium').alert, reason: 'urgent' },
      found: { ...facts('medium').found!, urgent: true, risk: 'high' },
    };
    const limits = { ...DEFAULT_ALERT_LIMITS, workspaceUrl: 'https://hotline.example.org/petugas' };
    const alert = decideStartRinging(urgent, roster, limits, MONDAY_11_WITA).find(
      (o) => o.type === 'officer_message',
    );
    expect(alert?.type === 'officer_message' && alert.message.keys).toContainEqual({
      key: 'officer:notice.link',
      params: { url: 'https://hotline.example.org/petugas/kasus/K7M-4PX' },
    });
    const without = decideStartRinging(urgent, roster, DEFAULT_ALERT_LIMITS, MONDAY_11_WITA);
    expect(JSON.stringify(without)).not.toContain('officer:notice.link');
  });

  it("should name the office whose officers were told: the parent's when the case's own office has nobody reachable", () => {
    // Kota Palu's officers are on WhatsApp only here, and only Telegram runs: the province is told.
    const yaml = readFileSync(EXAMPLE_DIRECTORY_FILE, 'utf8');
    const start = yaml.indexOf('- id: uptd-palu');
    const block = yaml.slice(start, yaml.indexOf('\n  - id:', start + 1));
    const whatsappOnly = parseDirectory(
      yaml.replace(
        block,
        block
          .replace(/telegram: (\d+), role/g, 'whatsapp: "+62 21 5550 0$1", role')
          .replace(/\n\s*telegram: \d+,/, ''),
      ),
    );
    const outputs = decideNoticeStart(
      facts('medium'),
      new OfficerRoster(whatsappOnly, () => ['telegram']),
      MONDAY_11_WITA,
    );
    const told = outputs.flatMap((o) => (o.type === 'officer_message' ? [o.officerId] : []));
    expect(told.length).toBeGreaterThan(0);
    expect(told.every((id) => id.startsWith('sulteng-'))).toBe(true);
    expect(outputs).toContainEqual({
      type: 'reporter_message',
      conversationId: 'c-1',
      message: {
        keys: [
          {
            key: 'hotline:notice.forwarded_within',
            params: { office: 'UPTD PPA Provinsi Sulawesi Tengah', reference: 'K7M-4PX', hours: 6 },
          },
        ],
      },
    });
  });

  it('should tell nobody and say so when no channel reaches any officer', () => {
    const nowhere = new OfficerRoster(directory, () => []);
    const outputs = decideNoticeStart(facts('medium'), nowhere, MONDAY_11_WITA);
    expect(outputs.filter((o) => o.type === 'officer_message')).toEqual([]);
    expect(outputs).toContainEqual(
      expect.objectContaining({
        type: 'alert_update',
        patch: expect.objectContaining({ status: 'exhausted' }),
      }),
    );
    expect(outputs).toContainEqual(
      expect.objectContaining({
        type: 'reporter_message',
        message: {
          keys: [{ key: 'hotline:notice.not_forwarded', params: { office: 'UPTD PPA Kota Palu' } }],
        },
      }),
    );
  });
});
