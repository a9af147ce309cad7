/**
 * The workspace's statistics page and CSV export over HTTP (inject()), on SQLite and PostgreSQL:
 * a seeded January 2026 — a Kota Palu case taken after 30 minutes and a Kabupaten Pati case — read
 * by officers of each role; refusals, CSRF and the administrator's export with contact data.
 */
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { sharedAreaCatalog } from '../../src/directory/index.js';
import { CONTACT_COLUMNS, SIMFONI_COLUMNS } from '../../src/statistics/simfoni-export.js';
import { triage } from '../../src/triage/index.js';
import { Conversation } from '../support/conversation-harness.js';
import { describePostgres, postgresForTests, openTestPostgres } from '../support/postgres-test-database.js';
import { createTestHotline, type TestHotline, tempDir } from '../support/test-hotline.js';
import { Browser, WorkspaceScene } from './workspace-scene.js';

const MINUTE = 60_000;
/** Region names as `serve` gives them (src/server.ts). */
const regionName = (code: string) => sharedAreaCatalog().area(code)?.name;
const JANUARY = '/petugas/statistik?from=2026-01&to=2026-01';
/** A story from Kabupaten Pati: UPTD PPA Kabupaten Pati's case (another province). */
const PATI_REPORT = ['halo', 'ya', 'saya dipukul suami di Pati', 'tidak', 'ya', 'tidak', 'baru'];

/** Both cases of the seeded month; the Palu one taken by palu-a 30 minutes after its notice. */
async function seededMonth(ws: WorkspaceScene): Promise<{ palu: string }> {
  await Conversation.open({ hotline: ws.scene.reporter.t, userId: 'pati' }).run(PATI_REPORT);
  // That reporter's sender replaced the scene's on the console channel: give it back.
  ws.scene.hotline.registerSender(ws.scene.reporter.sender);
  const palu = await ws.report();
  ws.scene.clock.advance(30 * MINUTE);
  const officer = ws.browser('10.0.0.9');
  await officer.signIn('palu-a');
  const page = await officer.get(`/petugas/kasus/${palu}`);
  const claimed = await officer.post(`/petugas/kasus/${palu}/ambil`, { _csrf: Browser.csrf(page) });
  expect(claimed.headers.location).toContain('done=claimed');
  return { palu };
}

const figure = (body: string, id: string) => new RegExp(`id="${id}">(\\d+)<`).exec(body)?.[1];
const section = (body: string, id: string) => body.split(`id="stat-${id}"`)[1]?.split('</section>')[0] ?? '';

function statisticsOn(open: () => Promise<{ ws: WorkspaceScene; audit(): Promise<string[]> }>): void {
  it("should count the seeded month for each role's offices and export it without the story", async () => {
    const { ws, audit } = await open();
    const { palu } = await seededMonth(ws);

    // An officer: their own office only, January's one case, taken after 30 minutes.
    const officer = ws.browser();
    await officer.signIn('palu-a');
    const page = await officer.get(JANUARY);
    expect(page.statusCode).toBe(200);
    expect(page.headers['cache-control']).toBe('no-store');
    expect(page.body).toContain('UPTD PPA Kota Palu · 2026-01 s.d. 2026-01');
    expect(figure(page.body, 'total')).toBe('1');
    expect(figure(page.body, 'past-deadline')).toBe('0');
    // Claimed, median, p90 (minutes), past the deadline; the region's column, then the total.
    expect(section(page.body, 'claim')).toContain(
      '<th scope="row">2026-01</th><td>1</td><td>30</td><td>30</td><td>0</td>',
    );
    expect(section(page.body, 'region')).toContain('<th scope="col">Kota Palu (72.71)</th>');
    expect(section(page.body, 'risk')).toContain('<th scope="col">Risiko sedang</th>');
    expect(page.body).not.toContain('select name="office"'); // nothing else to choose
    expect(page.body).not.toContain('memukul');
    expect(page.body).not.toMatch(/<script>|style="/); // the CSP allows nothing inline
    expect(page.body).toContain('data-chart="{&quot;type&quot;:&quot;bar&quot;');

    // The administrator: every office by default, both cases.
    const admin = ws.browser('10.0.0.2');
    await admin.signIn('sulteng-s');
    const all = await admin.get(JANUARY);
    expect(all.body).toContain('Semua kantor · 2026-01 s.d. 2026-01');
    expect(figure(all.body, 'total')).toBe('2');
    expect(all.body).toContain('<option value="uptd-pati">');
    const february = await admin.get('/petugas/statistik?from=2026-02&to=2026-02');
    expect(figure(february.body, 'total')).toBe('0');

    // The export: one row per case, SIMFONI-shaped columns, no story, no contact, not kept.
    const csv = await officer.post('/petugas/statistik/csv', {
      _csrf: Browser.csrf(page),
      from: '2026-01',
      to: '2026-01',
    });
    expect(csv.statusCode).toBe(200);
    expect(csv.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(csv.headers['content-disposition']).toBe(
      'attachment; filename="simfoni-uptd-palu-2026-01-2026-01.csv"',
    );
    expect(csv.headers['cache-control']).toBe('no-store');
    const lines = csv.body.trimEnd().split('\r\n');
    expect(lines[0]).toBe(SIMFONI_COLUMNS.join(','));
    expect(lines).toHaveLength(2);
    expect(lines[1]).toMatch(new RegExp(`^${palu},2026-01-05,UPTD PPA Kota Palu,72\\.71,kdrt,`));
    // Unconfirmed in the workspace: the SIMFONI fields only triage fills stay empty, and it says so.
    expect(lines[1]).toMatch(/,medium,tidak,console,id,30,tidak,tidak,,,,,tidak$/);
    expect(csv.body).not.toMatch(/memukul|kontak|reporter/);

    expect(await audit()).toEqual(
      expect.arrayContaining([
        'palu-a stats_viewed uptd-palu',
        'palu-a stats_exported uptd-palu',
        'sulteng-s stats_viewed -',
      ]),
    );
    await ws.close();
  });
}

describe('the statistics page and export on SQLite', () => {
  let ws: WorkspaceScene | undefined;
  afterEach(async () => {
    await ws?.close();
    ws = undefined;
  });

  statisticsOn(async () => {
    const scene = await WorkspaceScene.open(undefined, { regionName });
    return { ws: scene, audit: async () => sqliteAudit(scene) };
  });

  it("should refuse an officer another office's figures, and a supervisor their parent office's, audited", async () => {
    ws = await WorkspaceScene.open();
    const officer = ws.browser();
    await officer.signIn('palu-a');
    const other = await officer.get('/petugas/statistik?office=uptd-sumbar');
    expect(other.statusCode).toBe(403);
    expect((await officer.get('/petugas/statistik?office=no-such-office')).statusCode).toBe(403);
    expect((await officer.get('/petugas/statistik?office=uptd-palu')).statusCode).toBe(200);
    const supervisor = ws.browser('10.0.0.3');
    await supervisor.signIn('palu-s');
    expect((await supervisor.get('/petugas/statistik?office=uptd-sulteng')).statusCode).toBe(403);
    expect((await supervisor.get('/petugas/statistik?office=uptd-palu')).statusCode).toBe(200);
    // An officer of the province office sees the province's own cases, not its offices below.
    const province = ws.browser('10.0.0.4');
    await province.signIn('sulteng-a');
    const refused = await province.get('/petugas/statistik?office=uptd-palu');
    expect(refused.statusCode).toBe(403);
    expect(refused.body).toContain('Statistik kantor ini tidak termasuk kantor Anda'); // not "this case"
    expect(sqliteAudit(ws)).toEqual(
      expect.arrayContaining([
        'palu-a stats_view_refused uptd-sumbar',
        'palu-a stats_view_refused -',
        'palu-s stats_view_refused uptd-sulteng',
        'sulteng-a stats_view_refused uptd-palu',
      ]),
    );
  });

  it('should refuse a period that is not whole months, and an export without its CSRF token', async () => {
    ws = await WorkspaceScene.open();
    const officer = ws.browser();
    await officer.signIn('palu-a');
    expect((await officer.get('/petugas/statistik?from=2026-13&to=2026-12')).statusCode).toBe(400);
    expect((await officer.get('/petugas/statistik?from=2026-03&to=2026-01')).statusCode).toBe(400);
    const csv = await officer.post('/petugas/statistik/csv', { from: '2026-01', to: '2026-01' });
    expect(csv.statusCode).toBe(403);
    expect(csv.headers['content-disposition']).toBeUndefined();
    expect(sqliteAudit(ws).filter((line) => line.includes('stats_exported'))).toEqual([]);
  });

  it('should add contact data only for an administrator who asks, audited as such', async () => {
    ws = await WorkspaceScene.open();
    await ws.report();
    const officer = ws.browser();
    const queue = await officer.signIn('palu-a');
    const refused = await officer.post('/petugas/statistik/csv', {
      _csrf: Browser.csrf(queue),
      contacts: '1',
    });
    expect(refused.statusCode).toBe(403);
    expect((await officer.get('/petugas/statistik')).body).not.toContain('name="contacts"');

    const admin = ws.browser('10.0.0.2');
    const page = await admin.signIn('sulteng-s');
    const form = await admin.get('/petugas/statistik?office=uptd-palu');
    expect(form.body).toContain('name="contacts"');
    const csv = await admin.post('/petugas/statistik/csv', {
      _csrf: Browser.csrf(page),
      office: 'uptd-palu',
      contacts: '1',
    });
    expect(csv.statusCode).toBe(200);
    expect(csv.headers['content-disposition']).toContain('-kontak.csv"');
    const [header, row] = csv.body.split('\r\n');
    expect(header).toBe([...SIMFONI_COLUMNS, ...CONTACT_COLUMNS].join(','));
    expect(row).toMatch(/,console,reporter$/);
    expect(csv.body).not.toContain('memukul'); // never the story
    expect(sqliteAudit(ws)).toEqual(
      expect.arrayContaining([
        'palu-a stats_view_refused -',
        'sulteng-s stats_exported_with_contacts uptd-palu',
      ]),
    );
  });
});

function sqliteAudit(ws: WorkspaceScene): string[] {
  return (
    ws.scene.data.sql
      .prepare("select actor, action, office_id from audit_events where action like 'stats_%' order by id")
      .all() as { actor: string; action: string; office_id: string | null }[]
  ).map((r) => `${r.actor} ${r.action} ${r.office_id ?? '-'}`);
}

const postgres = await postgresForTests();
const dir = tempDir();
afterAll(() => dir.cleanup());

describePostgres('the statistics page and export on PostgreSQL', postgres, (server) => {
  statisticsOn(async () => {
    const database = await server.freshDatabase();
    const storage = await openTestPostgres(database.url);
    const hotline: TestHotline = createTestHotline('', { triage, storage });
    const ws = await WorkspaceScene.open(undefined, { hotline, regionName });
    return {
      ws,
      audit: async () => {
        const pg = await import('pg');
        const client = new pg.default.Client({ connectionString: database.url });
        await client.connect();
        try {
          const { rows } = await client.query(
            "select actor, action, office_id from audit_events where action like 'stats_%' order by id",
          );
          return rows.map((r) => `${r.actor} ${r.action} ${r.office_id ?? '-'}`);
        } finally {
          await client.end();
        }
      },
    };
  });
});
