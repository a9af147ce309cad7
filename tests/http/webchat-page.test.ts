import type { FastifyInstance } from 'fastify';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/app.js';
import { QUICK_EXIT_URL } from '../../src/channels/webchat/chat-page.js';
import type { OutboundMessage } from '../../src/conversations/channel-contract.js';
import { triage } from '../../src/triage/index.js';
import { createTestHotline, type TestHotline, tempDir } from '../support/test-hotline.js';
import { Transcript } from '../support/transcript.js';

const SESSION = 'page-session-0123456789';
let dir: ReturnType<typeof tempDir>;
let t: TestHotline;
let app: FastifyInstance;
let after = 0;
let n = 0;

beforeEach(async () => {
  dir = tempDir();
  t = createTestHotline(`${dir.dir}/hotline.db`, { triage });
  app = await buildApp({ hotline: t.hotline, logger: t.hotline.logger });
  after = 0;
});

afterEach(async () => {
  await app.close();
  await t.hotline.close();
  dir.cleanup();
});

type Delivered = OutboundMessage & { id: number };

async function turn(body: { text?: string; choice?: string }): Promise<Delivered[]> {
  const res = await app.inject({
    method: 'POST',
    url: '/chat/messages',
    payload: { session: SESSION, id: `m${++n}`, ...body },
  });
  expect(res.statusCode).toBe(202);
  await t.hotline.whenIdle();
  const got = await app.inject({
    method: 'GET',
    url: `/chat/messages?after=${after}`,
    headers: { 'x-chat-session': SESSION },
  });
  const { messages } = got.json() as { messages: Delivered[] };
  after = Math.max(after, ...messages.map((m) => m.id));
  return messages;
}

const page = async (headers: Record<string, string> = {}, url = '/') =>
  (await app.inject({ method: 'GET', url, headers })).body;
/** The page with its script and styles, which it loads from files of their own (CSP). */
const wholePage = async () =>
  [await page(), await page({}, '/chat/page.js'), await page({}, '/chat/page.css')].join('\n');

describe('web chat page', () => {
  it('should say what it is and give the emergency numbers as tappable links before the first message', async () => {
    const html = await page();
    expect(html).toContain('<title>Chat</title>'); // the tab stays discreet
    const intro = html.slice(html.indexOf('<section id="intro">'), html.indexOf('</section>'));
    expect(intro).toContain('<h1>Hotline PPA — layanan pengaduan</h1>');
    expect(intro).toMatch(/UPTD PPA terdekat untuk perempuan dan anak\. Gratis dan rahasia\./);
    for (const [number, href] of [
      ['112', 'tel:112'],
      ['110', 'tel:110'],
      ['129', 'tel:129'],
      ['08111-129-129', 'tel:+628111129129'],
    ])
      expect(intro).toContain(`<a href="${href}">${number}</a>`);
  });

  it.each([
    [{ 'accept-language': 'en-US,en;q=0.9' }, '/', 'Hotline PPA — reporting service', 'Quick exit'],
    [{}, '/?lang=jv', 'Hotline PPA — layanan pangaduan', 'Medal enggal'],
    [{ 'accept-language': 'su' }, '/', 'Hotline PPA — layanan pangaduan', 'Kaluar gancang'],
    [{ 'accept-language': 'fr-FR' }, '/', 'Hotline PPA — layanan pengaduan', 'Keluar cepat'],
  ])('should render every string through the locales (%j %s)', async (headers, url, name, exit) => {
    const html = await page(headers, url);
    expect(html).toContain(`<h1>${name}</h1>`);
    expect(html).toContain(exit);
    expect(html).not.toMatch(/\{\{/); // no placeholder left, no raw key
    expect(html).not.toMatch(/webchat:/);
  });

  it('should make answer buttons, links and the form at least 44 px tall', async () => {
    const html = (await wholePage()).replace(/\s+/g, ' ');
    for (const selector of ['.options button', 'a[href^="tel:"]', 'input', 'button[type="submit"], #exit'])
      expect(html).toMatch(new RegExp(`${selector.replace(/[[\]^.()*]/g, '\\$&')} \\{[^}]*min-height: 44px`));
  });

  it('should say what quick exit does and land on a neutral page, leaving no way back', async () => {
    const html = await wholePage();
    expect(html).toMatch(/<button id="exit"[^>]*title="Menutup percakapan ini dan membuka halaman cuaca"/);
    expect(html).toContain('<small id="exit-hint">Menutup percakapan ini dan membuka halaman cuaca</small>');
    expect(html).toContain(`"exit_url":"${QUICK_EXIT_URL}"`);
    expect(html).toContain('window.location.replace(strings.exit_url)');
    expect(html).toMatch(/function quickExit\(\) \{\s*clearConversation\(\);\s*store\.clear\(\);/);
    expect(html).toContain("document.getElementById('exit').onclick = quickExit;");
    // The typed quick-exit word leaves the same way (tests/browser/webchat.browser.test.ts).
    expect(html).toContain("if (m.kind === 'left') return quickExit();");
  });

  it('should mark the emergency message to stand out and clear the screen after a confirmed deletion', async () => {
    const html = await wholePage();
    expect(html).toMatch(/\.emergency \{[^}]*border: 2px solid/);
    expect(html).toContain("if (m.kind === 'erased') clearConversation();");
    expect(html).toContain("kind === 'emergency' ? ' emergency' : ''");
    const urgent = await turn({ text: 'tolong suami saya mau membunuh saya sekarang' });
    expect(urgent[0]).toMatchObject({ kind: 'emergency' });
    expect(urgent.slice(1).every((m) => m.kind === undefined)).toBe(true);
    await turn({ text: 'hapus' });
    const erased = await turn({ choice: 'yes' });
    expect(erased.at(-1)).toMatchObject({ kind: 'erased' });
    expect(erased.at(-1)!.text).toMatch(/^Selesai\. Pesan dan data pribadi Anda sudah dihapus/);
  });
});

describe('tappable numbers in bot messages', () => {
  /** The page's own patterns, read from the served script. */
  async function dialable(): Promise<(text: string) => string[]> {
    const html = await wholePage();
    const phone = new RegExp(html.match(/const PHONE = \/(.+)\/g;/)![1]!, 'g');
    const ok = new RegExp(html.match(/const DIALABLE = \/(.+)\/;/)![1]!);
    return (text) =>
      [...text.matchAll(phone)].map((m) => m[0].replace(/[ -]/g, '')).filter((digits) => ok.test(digits));
  }

  it.each(['id', 'en', 'jv', 'su', 'min', 'bug'])(
    'should link 112, 110, 129 and 08111-129-129 in the %s emergency message',
    async (lang) => {
      const links = await dialable();
      const emergency = t.hotline.translator.t('common:emergency', { lng: lang });
      expect(links(emergency)).toEqual(['112', '110', '129', '129', '08111129129']);
    },
  );

  it('should link a directory number and leave counts, years and references alone', async () => {
    const links = await dialable();
    expect(links('WhatsApp: +62 811-1129-129')).toEqual(['+628111129129']);
    expect(links('4096 karakter, UU 12/2022, nomor VP4-XGT, 1. Laporan 2. Petugas')).toEqual([]);
  });
});

describe('web chat conversation', () => {
  it('should never ask a web chat reporter for a location or files, on the urgent path too', async () => {
    const transcript = new Transcript();
    const say = async (body: { text?: string; choice?: string }, shown: string) => {
      transcript.reporter(shown);
      const got = await turn(body);
      transcript.bot(got.map(({ text, options }) => ({ text, ...(options ? { options } : {}) })));
      return got;
    };
    await say(
      { text: 'tolong suami saya bawa parang mau bunuh saya sekarang' },
      'tolong suami saya bawa parang mau bunuh saya sekarang',
    );
    await say({ text: 'saya di Juwana' }, 'saya di Juwana');
    await say({ text: 'status' }, 'status');
    const text = transcript.toString();
    expect(text).not.toMatch(/kirim lokasi|mengirim bukti|foto, dokumen/);
    expect(text).toMatch(/Di mana Anda sekarang\? Tulis nama kota\/kabupaten atau kecamatan,\n\s*supaya/);
    await expect(text).toMatchFileSnapshot('transcripts/webchat-urgent.id.txt');
  });
});

describe('the web chat page under a strict content security policy', () => {
  it('should allow nothing inline, no framing and no referrer, and load its own script and styles', async () => {
    const res = await app.inject({ method: 'GET', url: '/' });
    const csp = String(res.headers['content-security-policy']);
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("style-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toContain('unsafe-inline');
    expect(res.headers['referrer-policy']).toBe('no-referrer');
    // No inline script or style for the CSP to block: only the JSON data block and the file links.
    expect(res.body).not.toMatch(/<style|style=|<script>|<script(?![^>]*(?:type="application\/json"|src=))/);
    expect(res.body).toContain('<script src="/chat/page.js" defer></script>');
    for (const [url, type] of [
      ['/chat/page.js', 'text/javascript'],
      ['/chat/page.css', 'text/css'],
    ]) {
      const file = await app.inject({ method: 'GET', url });
      expect(file.statusCode).toBe(200);
      expect(String(file.headers['content-type'])).toContain(type);
    }
  });

  it('should keep the session out of the URL: a poll names it in a header, and one in the query is refused', async () => {
    const script = (await app.inject({ method: 'GET', url: '/chat/page.js' })).body;
    expect(script).toContain("headers: { 'x-chat-session': session }");
    expect(script).not.toMatch(/[?&]session=/);
    const inQuery = await app.inject({ method: 'GET', url: `/chat/messages?session=${SESSION}` });
    expect(inQuery.statusCode).toBe(400);
  });
});
