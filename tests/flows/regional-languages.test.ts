import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { LOCALES_DIR } from '../../src/i18n/translator.js';
import { Conversation, directoryWithVerified, type Turn } from '../support/conversation-harness.js';
import { tempDir } from '../support/test-hotline.js';

let conversation: Conversation | undefined;
const dirs: ReturnType<typeof tempDir>[] = [];
afterEach(async () => {
  expect(conversation?.loudFirstLines() ?? []).toEqual([]);
  expect(conversation?.unrendered() ?? []).toEqual([]);
  await conversation?.close();
  conversation = undefined;
  for (const d of dirs.splice(0)) d.cleanup();
});

type Tree = { [key: string]: string | Tree };
function firstLines(lang: string): Set<string> {
  const lines = new Set<string>();
  const walk = (tree: Tree) => {
    for (const value of Object.values(tree)) {
      if (typeof value === 'string') lines.add(value.split('\n')[0]!);
      else walk(value);
    }
  };
  for (const ns of ['common', 'hotline'])
    walk(JSON.parse(readFileSync(join(LOCALES_DIR, lang, `${ns}.json`), 'utf8')));
  return lines;
}

/**
 * A whole report written in one language from the first message: an urgent one (emergency reply,
 * "where are you", the office) and a calm one (every question typed in that language).
 */
const SCRIPTS: Record<string, { urgent: Turn[]; report: Turn[] }> = {
  jv: {
    urgent: ['tulung, bojoku arep mateni aku, dheweke nggawa peso saiki', 'aku neng Juwana'],
    report: [
      'bojoku kerep nggebuki aku yen nesu, aku wis ora kuat',
      'nggih',
      'mboten',
      'nggih',
      'mboten',
      'Pati',
    ],
  },
  su: {
    urgent: ['tulungan, salaki abdi ngamuk bari nyekel bedog ayeuna', 'abdi di Juwana'],
    report: [
      'salaki abdi sok neunggeul abdi upami keur ambek, abdi tos teu kuat',
      'muhun',
      'henteu',
      'muhun',
      'henteu',
      'Pati',
    ],
  },
  min: {
    urgent: ['tolong ambo, laki ambo nio mambunuah ambo, inyo mamacik piso kini', 'ambo di Payakumbuh'],
    report: [
      'laki ambo acok mamukua ambo kalau inyo berang, ambo alah indak tahan',
      'iyo',
      'indak',
      'iyo',
      'indak',
      'Payakumbuh',
    ],
  },
  bug: {
    urgent: ["tulungi', lakkaikku melo mappamate, natiwi kawali makkokkoe", "okko Masamba iya'"],
    report: [
      "lakkaikku nakennaka' tungke esso narekko macai, de'na wedding ucappa",
      'iye',
      "de'",
      'iye',
      "de'",
      'Luwu Utara',
    ],
  },
  en: {
    urgent: ['help my husband is going to kill me, he has a knife right now', 'I am in Juwana'],
    report: [
      'my husband keeps hitting me when he gets angry, I cannot take it anymore',
      'yes',
      'no',
      'yes',
      'no',
      'Pati',
    ],
  },
};

describe.each(Object.entries(SCRIPTS))('a reporter writing %s', (lang, script) => {
  const indonesian = firstLines('id');
  const own = firstLines(lang);
  /** First lines that are Indonesian and not also this language's own wording: a fallback leaked. */
  const leaked = (c: Conversation) =>
    c.sender.sent
      .map((s) => s.message.text.split('\n')[0]!)
      .filter((line) => indonesian.has(line) && !own.has(line));

  it('should get the emergency numbers first and every reply in that language on the urgent path', async () => {
    conversation = Conversation.open({ userId: `urgent-${lang}` });
    const [first] = await conversation.run(script.urgent);
    expect(first?.[0]?.text).toMatch(/112[\s\S]*110[\s\S]*129/);
    expect(conversation.latestCase()).toMatchObject({ urgent: true });
    expect(leaked(conversation)).toEqual([]);
    await expect(conversation.transcript.toString()).toMatchFileSnapshot(`transcripts/urgent.${lang}.txt`);
  });

  it('should take a whole report typed in that language and reply in it throughout', async () => {
    conversation = Conversation.open({ userId: `report-${lang}` });
    await conversation.run(script.report);
    expect(conversation.latestCase()).toMatchObject({ urgent: false });
    expect(conversation.latestCase()?.categories).toContain('kdrt');
    expect(leaked(conversation)).toEqual([]);
    await expect(conversation.transcript.toString()).toMatchFileSnapshot(`transcripts/report.${lang}.txt`);
  });
});

describe('a verified office in a regional language', () => {
  it('should say why an optional question is asked and name the office days in Javanese', async () => {
    const dir = tempDir();
    dirs.push(dir);
    conversation = Conversation.open({
      userId: 'jv-office',
      directoryFile: directoryWithVerified(['uptd-sulteng'], dir.dir),
    });
    const replies = await conversation.run([
      'bojoku kerep nggebuki aku yen nesu, aku wis ora kuat',
      'nggih',
      'mboten',
      'nggih',
      'mboten',
      'Palu',
    ]);
    const texts = replies.flat().map((m) => m.text);
    const jv = JSON.parse(readFileSync(join(LOCALES_DIR, 'jv', 'hotline.json'), 'utf8'));
    // The question, then why it is asked and that it may be left unanswered.
    expect(texts).toContain(jv.child.question);
    expect(jv.child.question.split('\n')).toHaveLength(2);
    // Javanese day names, not the Indonesian "Sen–Jum".
    expect(texts.join('\n')).toContain('Wekdal layanan: Senen–Jemuwah 08:00–16:00 WITA');
    await expect(conversation.transcript.toString()).toMatchFileSnapshot(
      'transcripts/verified-office.jv.txt',
    );
  });
});

describe('global commands in regional languages', () => {
  it('should delete data on the Javanese command and confirm in Javanese', async () => {
    conversation = Conversation.open({ userId: 'jv-commands' });
    await conversation.run(['bojoku kerep nggebuki aku yen nesu, aku wis ora kuat', 'nggih']);
    const [ask, done] = await conversation.run(['busak', 'nggih']);
    const jv = JSON.parse(readFileSync(join(LOCALES_DIR, 'jv', 'common.json'), 'utf8'));
    expect(ask?.[0]?.text).toBe(jv.delete.question);
    expect(done?.[0]?.text).toBe(jv.delete.done);
    expect(conversation.latestCase()).toBeUndefined();
  });

  it('should switch language at any step and keep asking the same question in the new one', async () => {
    conversation = Conversation.open({ userId: 'switch' });
    await conversation.run(['halo', 'ya']);
    const [menu, switched] = await conversation.run(['bahasa', 'basa sunda']);
    expect(menu?.[0]?.options?.map((o) => o.id)).toEqual(['id', 'en', 'jv', 'su', 'min', 'bug']);
    const su = JSON.parse(readFileSync(join(LOCALES_DIR, 'su', 'hotline.json'), 'utf8'));
    expect(switched?.map((m) => m.text)).toContain(su.intent.question);
    await expect(conversation.transcript.toString()).toMatchFileSnapshot('transcripts/switch-language.txt');
  });

  it('should end on the Minangkabau quick-exit word', async () => {
    conversation = Conversation.open({ userId: 'min-exit' });
    await conversation.run(['laki ambo acok mamukua ambo kalau inyo berang, ambo alah indak tahan']);
    const min = JSON.parse(readFileSync(join(LOCALES_DIR, 'min', 'common.json'), 'utf8'));
    const exitWord = String(min.commands.exit)
      .split('|')
      .find((w: string) => !w.startsWith('/'))!;
    const [bye] = await conversation.run([exitWord]);
    expect(bye?.[0]?.text).toBe(min.exit);
  });
});

describe('naming a language', () => {
  it('should switch at once when a reporter types a language name at any step', async () => {
    conversation = Conversation.open({ userId: 'named' });
    await conversation.run(['halo', 'ya']);
    const [switched] = await conversation.run(['basa jawa']);
    const jv = JSON.parse(readFileSync(join(LOCALES_DIR, 'jv', 'hotline.json'), 'utf8'));
    expect(switched?.map((m) => m.text)).toContain(jv.intent.question);
  });
});

describe('a short opener in a regional language', () => {
  it.each([
    ['jv', 'bojoku nggebuki aku'],
    ['min', 'lakiku mamukua ambo'],
  ])('should be answered in %s, not Indonesian with a language menu', async (lang, opener) => {
    conversation = Conversation.open({ userId: `short-${lang}` });
    const [replies] = await conversation.run([opener]);
    const greeting = JSON.parse(readFileSync(join(LOCALES_DIR, lang, 'hotline.json'), 'utf8')).greeting;
    expect(replies?.[0]?.text.startsWith(greeting)).toBe(true);
  });
});

describe('a reporter coming back in a regional language', () => {
  it('should read the status in Javanese with a discreet first line', async () => {
    const first = Conversation.open({ userId: 'jv-first-phone' });
    conversation = first;
    await first.run(SCRIPTS.jv!.report);
    const reference = first.latestCase()!.reference;
    const later = Conversation.open({ hotline: first.t, userId: 'jv-second-phone' });
    const replies = await later.run([`kula badhe nyuwun pirsa laporan ${reference}`, first.casePin()!]);
    expect(replies[0]?.[0]?.text.split('\n')[0]).toBe('Matur nuwun.');
    const status = replies[1]?.[0]?.text ?? '';
    expect(status.split('\n')[0]).toBe('Matur nuwun sampun wangsul.');
    expect(status).toContain(`Laporan ${reference} kacathet tanggal`);
    expect(later.loudFirstLines()).toEqual([]);
    await later.close();
  });
});

describe('a reference inside an urgent message', () => {
  it('should still give the emergency numbers first', async () => {
    const first = Conversation.open({ userId: 'urgent-ref-first' });
    conversation = first;
    await first.run(SCRIPTS.jv!.report);
    const reference = first.latestCase()!.reference;
    const later = Conversation.open({ hotline: first.t, userId: 'urgent-ref-second' });
    const replies = await later.run([`tolong dia datang lagi mau bunuh saya, laporan ${reference}`]);
    expect(replies[0]?.[0]?.text).toMatch(/112[\s\S]*110[\s\S]*129/);
    await later.close();
  });
});

describe('a short answer in another language than the conversation', () => {
  const report = (when: string) => [
    'halo',
    'ya',
    'lapor',
    'saya dipukul suami',
    'tidak',
    'ya',
    'tidak',
    when, // at the Indonesian "when" question
    'kota palu',
  ];

  it.each([
    ['wingi sore', 'medium'], // Javanese "yesterday afternoon": recent
    ['taun wingi kae', 'low'], // Javanese "last year": past, though "wingi" alone is recent
  ])('should read %j by the longest synonym it holds in any language', async (when, risk) => {
    conversation = Conversation.open({ userId: `cross-language-${risk}` });
    const replies = await conversation.run(report(when));
    expect(replies[7]?.at(-1)?.text).toMatch(/^Di kabupaten\/kota atau kecamatan mana kejadiannya/);
    expect(conversation.latestCase()).toMatchObject({ risk });
  });
});
