import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { EXAMPLE_DIRECTORY_FILE } from '../../src/directory/index.js';
import { Conversation } from '../support/conversation-harness.js';
import { tempDir } from '../support/test-hotline.js';
import { HandoffScene } from './handoff-harness.js';

const golden = (name: string) => `transcripts/${name}.txt`;

/** The example directory: Kota Palu → UPTD PPA Kota Palu, whose parent is the Sulteng provincial UPTD. */
const URGENT_OPENING = 'tolong suami saya mau bunuh saya, dia bawa parang sekarang';

describe('officer handoff', () => {
  let scene: HandoffScene;
  afterEach(async () => {
    await scene.reporter.close();
  });

  it('should alert the on-call officer, escalate, let an officer claim it and relay both ways', async () => {
    scene = HandoffScene.open(); // Monday 11:00 WITA: palu-a is on call, palu-b is not
    const first = await scene.reporterSays(URGENT_OPENING);
    expect(first[0]!.text).toContain('112');
    expect(scene.officers.sent).toEqual([]); // nobody to alert until we know where
    await scene.reporterSays('Palu');

    const [alert] = scene.to('palu-a');
    expect(alert!.text.split('\n')[0]).toMatch(
      /^Hotline PPA: kasus [A-Z0-9]{3}-[A-Z0-9]{3} menunggu petugas\.$/,
    );
    expect(alert!.text).toContain('MENDESAK');
    expect(alert!.options).toEqual([{ id: 'claim:1', label: 'Ambil kasus ini' }]);
    expect(alert!.text).not.toContain('parang'); // the story waits for a claim

    await scene.wait(299);
    expect(scene.to('palu-s')).toEqual([]);
    await scene.wait(1); // UPTD Palu's ackTimeoutSeconds: 300, then its supervisor
    expect(scene.to('palu-s')).toHaveLength(1);
    await scene.wait(300); // then the provincial office's on-call officer
    expect(scene.to('sulteng-a')).toHaveLength(1);
    expect(scene.to('sulteng-a')[0]!.text).toContain('2 petugas sebelumnya');

    await scene.officerSays('sulteng-a', { type: 'choice', optionId: 'claim:1' });
    expect(scene.to('sulteng-a')[1]!.text).toContain(URGENT_OPENING);
    expect(scene.to('palu-a').at(-1)!.text).toContain('sudah ditangani oleh Petugas Contoh A');
    expect(scene.to('palu-s').at(-1)!.text).toContain('sudah ditangani oleh Petugas Contoh A');

    await scene.officerSays('sulteng-a', 'Ibu, apakah Ibu sudah di tempat aman?');
    const quiet = await scene.reporterSays('iya, saya sudah di rumah ibu saya');
    expect(quiet).toEqual([]); // the officer answers, not the bot
    await scene.reporterSays({ type: 'location', lat: -0.8917, lon: 119.8707 });
    const danger = await scene.reporterSays('dia sedang mendobrak pintu rumah ibu saya, tolong');
    expect(danger[0]!.text).toContain('112'); // the emergency numbers still come at once
    expect(scene.to('sulteng-a').at(-1)!.text).toContain('tanda bahaya');
    await scene.officerSays('sulteng-a', '/selesai');
    await scene.reporterSays('terima kasih');
    await expect(scene.transcript()).toMatchFileSnapshot(golden('urgent-escalated-claimed.id'));

    const alertId = 1;
    const trail = scene.data.repos.alerts.auditTrail(alertId).map((e) => `${e.actor} ${e.action}`);
    expect(trail).toEqual([
      // Queued, then accepted by the platform: each officer's alert reached their chat.
      'palu-a alert_sent',
      'palu-a alert_delivered',
      'palu-s alert_sent',
      'palu-s alert_delivered',
      'sulteng-a alert_sent',
      'sulteng-a alert_delivered',
      'sulteng-a claimed',
      'sulteng-a message_to_reporter',
      'sulteng-a closed',
    ]);
    expect(scene.reporter.loudFirstLines()).toEqual([]);
    expect(scene.reporter.unrendered()).toEqual([]);
  });

  it('should let only one officer take a case, and nobody from another office', async () => {
    scene = HandoffScene.open();
    await scene.reporterSays(URGENT_OPENING);
    await scene.reporterSays('Palu');
    await scene.wait(300);
    await scene.wait(300);

    await scene.officerSays('sumbar-a', { type: 'choice', optionId: 'claim:1' });
    expect(scene.to('sumbar-a').at(-1)!.text).toContain('di luar wilayah kantor Anda');
    await scene.officerSays('palu-a', { type: 'choice', optionId: 'claim:1' });
    await scene.officerSays('sulteng-a', { type: 'choice', optionId: 'claim:1' });
    expect(scene.to('sulteng-a').at(-1)!.text).toContain('sudah ditangani oleh Petugas Contoh A');

    const trail = scene.data.repos.alerts.auditTrail(1).map((e) => `${e.actor} ${e.action}`);
    expect(trail).toContain('sumbar-a claim_refused');
    expect(trail.filter((e) => e.endsWith(' claimed'))).toEqual(['palu-a claimed']);
    // Claimed: no more escalation.
    const before = scene.officers.sent.length;
    await scene.wait(3600);
    expect(scene.officers.sent.slice(before).filter((s) => s.message.options)).toEqual([]);
  });
});

describe('officer handoff without buttons', () => {
  it('should take a typed "ambil", with or without the case reference', async () => {
    const scene = HandoffScene.open();
    try {
      await scene.officerSays('palu-a', 'ambil');
      expect(scene.to('palu-a').at(-1)!.text).toBe('Tidak ada kasus yang menunggu untuk Anda ambil.');
      await scene.reporterSays(URGENT_OPENING);
      await scene.reporterSays('Palu');
      const reference = /kasus (\S+) menunggu/.exec(scene.to('palu-a')[1]!.text)![1]!;
      await scene.officerSays('sumbar-a', `ambil ${reference}`);
      expect(scene.to('sumbar-a').at(-1)!.text).toContain('di luar wilayah kantor Anda');
      await scene.officerSays('palu-a', '1');
      expect(scene.to('palu-a').at(-1)!.text).toContain('Cerita pelapor');
    } finally {
      await scene.reporter.close();
    }
  });
});

describe('officer handoff while the reporter answers the flow', () => {
  it('should relay only free text at the resting prompt, never an answer to a question the bot asked', async () => {
    const scene = HandoffScene.open();
    try {
      await scene.reporterSays(URGENT_OPENING);
      await scene.reporterSays('Palu');
      await scene.officerSays('palu-a', { type: 'choice', optionId: 'claim:1' });
      const menu = await scene.reporterSays('menu'); // a command: the flow starts over
      expect(menu.at(-1)!.options?.length).toBeGreaterThan(0);
      const relayedBefore = scene.to('palu-a').length;
      const answer = await scene.reporterSays('1'); // the answer to the bot's question
      expect(answer.length).toBeGreaterThan(0);
      expect(scene.to('palu-a')).toHaveLength(relayedBefore);
    } finally {
      await scene.reporter.close();
    }
  });
});

describe('an officer who reads English', () => {
  it('should get the alert, the case and the desk replies in English', async () => {
    const dir = tempDir();
    const yaml = readFileSync(EXAMPLE_DIRECTORY_FILE, 'utf8').replace(
      '{ id: palu-a, name: Petugas Contoh A, telegram: 100000201, role: officer }',
      '{ id: palu-a, name: Petugas Contoh A, telegram: 100000201, language: en, role: officer }',
    );
    const directoryFile = join(dir.dir, 'offices.yaml');
    writeFileSync(directoryFile, yaml);
    const scene = HandoffScene.open({ directoryFile });
    try {
      await scene.reporterSays(URGENT_OPENING);
      await scene.reporterSays('Palu');
      expect(scene.to('palu-a')[0]!.text).toMatch(/^Hotline PPA: case \S+ is waiting for an officer\./);
      expect(scene.to('palu-a')[0]!.options).toEqual([{ id: 'claim:1', label: 'Take this case' }]);
      await scene.officerSays('palu-a', 'take');
      expect(scene.to('palu-a').at(-1)!.text).toContain("The reporter's story:");
      await scene.officerSays('palu-a', '/done');
      expect(scene.to('palu-a').at(-1)!.text).toMatch(/^The chat for case \S+ is closed\./);
      // The reporter still reads Indonesian, the language they wrote in.
      expect(scene.reporter.sender.texts().at(-1)).toMatch(/^Terima kasih sudah menunggu\./);
    } finally {
      await scene.reporter.close();
      dir.cleanup();
    }
  });
});

describe('an officer chatting with a reporter', () => {
  it('should relay a bare "1" to the reporter, and claim another case only when it is named', async () => {
    const scene = HandoffScene.open();
    try {
      await scene.reporterSays(URGENT_OPENING);
      await scene.reporterSays('Palu');
      await scene.officerSays('palu-a', '1'); // no buttons: the typed claim
      await scene.officerSays('palu-a', '1'); // now an answer ("one child") to the reporter
      expect(scene.reporter.sender.texts().at(-1)).toBe('Pesan baru untuk Anda:\n1');
    } finally {
      await scene.reporter.close();
    }
  });
});

describe('an officer holding two cases', () => {
  // Night-shift trial: a message naming a case just closed reached the other case's reporter,
  // "/selesai" closed the latest case without asking (twice on a double tap), and "ambil" or
  // "REF /selesai" went to the reporter as a message.
  it('should send only to the case named, ask which case to close, and relay no command', async () => {
    const scene = HandoffScene.open();
    const other = Conversation.open({ hotline: scene.reporter.t, userId: 'second-reporter' });
    try {
      await scene.reporterSays(URGENT_OPENING);
      await scene.reporterSays('Palu');
      await scene.officerSays('palu-a', { type: 'choice', optionId: 'claim:1' });
      await other.run(['tolong anak saya dikunci di gudang sama ayahnya sekarang', 'kota palu']);
      await scene.officerSays('palu-a', { type: 'choice', optionId: 'claim:2' });
      const first = scene.reporter.latestCase()!.reference;
      const second = other.latestCase()!.reference;
      // Whichever sender the console channel has now, what each reporter got, by address.
      const sent = () => [...scene.reporter.sender.sent, ...other.sender.sent];
      const to = (address: string) =>
        sent()
          .filter((s) => s.address === address)
          .map((s) => s.message.text);
      const firstAddress = sent().find((s) => s.message.text.includes(first))!.address;
      const secondAddress = sent().find((s) => s.message.text.includes(second))!.address;
      const lastToOfficer = () => scene.to('palu-a').at(-1)!.text;

      await scene.officerSays('palu-a', '/selesai');
      expect(lastToOfficer()).toBe(
        `Anda menangani 2 kasus (${second}, ${first}). Tulis /selesai dan nomor kasus yang akan ditutup, misalnya /selesai ${second}.`,
      );
      await scene.officerSays('palu-a', `/selesai ${second}`);
      expect(lastToOfficer()).toBe(`Percakapan kasus ${second} ditutup. Pelapor sudah diberi tahu.`);

      const before = { first: to(firstAddress).length, second: to(secondAddress).length };
      await scene.officerSays('palu-a', `${second} ibu masih di sana?`);
      expect(lastToOfficer()).toBe(
        `Tidak dikirim: Anda tidak sedang menangani kasus ${second}. Kasus yang Anda tangani: ${first}.`,
      );
      await scene.officerSays('palu-a', 'ambil');
      expect(lastToOfficer()).toMatch(/^Tidak dikirim ke pelapor: "ambil" terbaca sebagai perintah/);
      await scene.officerSays('palu-a', `${first} /blokr`);
      expect(to(firstAddress)).toHaveLength(before.first);
      expect(to(secondAddress)).toHaveLength(before.second);

      await scene.officerSays('palu-a', `${first} /selesai`);
      expect(lastToOfficer()).toBe(`Percakapan kasus ${first} ditutup. Pelapor sudah diberi tahu.`);
      expect(to(firstAddress).at(-1)).toMatch(
        /^Terima kasih sudah menunggu\.\nPetugas menutup percakapan ini/,
      );
    } finally {
      await other.close();
      await scene.reporter.close();
    }
  });
});

describe('an officer with a case waiting for them', () => {
  // Night-shift trial: "not handling a case; new cases will be sent here" while an urgent alert rang
  // for them, and a mistyped "ambil GTN-KNV" answered "no case waiting for you".
  it('should name the cases waiting for them in help, and after a mistyped claim', async () => {
    const scene = HandoffScene.open();
    try {
      await scene.reporterSays(URGENT_OPENING);
      await scene.reporterSays('Palu');
      const reference = scene.reporter.latestCase()!.reference;
      await scene.officerSays('palu-a', 'halo');
      expect(scene.to('palu-a').at(-1)!.text).toMatch(
        new RegExp(`^Halo Petugas Contoh A\\. Kasus yang menunggu Anda ambil: ${reference}\\.`),
      );
      const typo = `${reference.slice(0, 6)}${reference.endsWith('K') ? 'M' : 'K'}`;
      await scene.officerSays('palu-a', `ambil ${typo}`);
      expect(scene.to('palu-a').at(-1)!.text).toBe(
        `Kasus ${typo} tidak sedang menunggu untuk Anda ambil (periksa nomornya). Yang menunggu: ${reference}.`,
      );
      await scene.officerSays('palu-a', `ambil ${reference}`);
      expect(scene.to('palu-a').at(-1)!.text).toContain(`Kasus ${reference} sekarang Anda tangani.`);
    } finally {
      await scene.reporter.close();
    }
  });
});

describe('the status a reporter asks for', () => {
  // Night-shift trial: "status" said only when the report was recorded, while nobody had taken it.
  it('should say whether an officer has taken the case yet', async () => {
    const scene = HandoffScene.open();
    try {
      await scene.reporterSays(URGENT_OPENING);
      await scene.reporterSays('Palu');
      const waiting = (await scene.reporterSays('status')).map((m) => m.text).join('\n');
      expect(waiting).toMatch(
        /Belum ada petugas yang mengambil laporan ini\. Jika ada bahaya sekarang, hubungi 112\./,
      );
      await scene.officerSays('palu-a', { type: 'choice', optionId: 'claim:1' });
      const taken = (await scene.reporterSays('status')).map((m) => m.text).join('\n');
      expect(taken).toMatch(/Seorang petugas sedang menangani laporan ini\./);
      expect(taken).not.toMatch(/Belum ada petugas/);
    } finally {
      await scene.reporter.close();
    }
  });
});

describe('a reporter who leaves the chat', () => {
  it('should tell the officer and hold their messages until the reporter writes again', async () => {
    const scene = HandoffScene.open();
    try {
      await scene.reporterSays(URGENT_OPENING);
      await scene.reporterSays('Palu');
      await scene.officerSays('palu-a', { type: 'choice', optionId: 'claim:1' });
      await scene.reporterSays('keluar'); // the quick-exit word: someone came near
      expect(scene.to('palu-a').at(-1)!.text).toMatch(/^Pelapor \S+ mengakhiri percakapan/);
      const before = scene.reporter.sender.sent.length;
      await scene.officerSays('palu-a', 'Ibu masih di sana?');
      expect(scene.reporter.sender.sent.length).toBe(before); // nothing lights up the reporter's phone
      expect(scene.to('palu-a').at(-1)!.text).toMatch(/^Pesan tidak dikirim/);
      const back = await scene.reporterSays('halo, saya sudah aman');
      expect(back).toEqual([]); // back in the chat with the officer, not greeted by the bot again
      expect(scene.to('palu-a').at(-1)!.text).toMatch(/^Pelapor \S+:\nhalo, saya sudah aman$/);
      await scene.officerSays('palu-a', 'Syukurlah.');
      expect(scene.reporter.sender.texts().at(-1)).toBe('Pesan baru untuk Anda:\nSyukurlah.');
    } finally {
      await scene.reporter.close();
    }
  });
});

describe('a reporter asking for a person', () => {
  it('should alert the on-call officer once the report has an office, for the word "petugas"', async () => {
    const scene = HandoffScene.open();
    try {
      await scene.reporterSays('halo');
      const early = await scene.reporterSays('petugas'); // no story, no place yet
      expect(early[0]!.text).toMatch(/^Baik\.\nCeritakan dulu secara singkat/);
      expect(scene.officers.sent).toEqual([]);
      for (const turn of ['ya', 'suami saya sering memukul saya', 'tidak', 'benar', 'tidak', 'kota palu'])
        await scene.reporterSays(turn);
      const [alert] = scene.to('palu-a');
      expect(alert!.text).toContain('Pelapor perlu dibantu petugas');
      expect(alert!.options).toEqual([{ id: 'claim:1', label: 'Ambil kasus ini' }]);
    } finally {
      await scene.reporter.close();
    }
  });

  it('should say an officer will reply when the report already has an office', async () => {
    const scene = HandoffScene.open();
    try {
      for (const turn of [
        'halo',
        'ya',
        'suami saya sering memukul saya',
        'tidak',
        'benar',
        'tidak',
        'kota palu',
      ])
        await scene.reporterSays(turn);
      // Not urgent: the officer on duty gets a notice with a deadline, not an alert.
      expect(scene.to('palu-a').map((m) => m.text.split('\n')[0])).toEqual([
        expect.stringMatching(/^Hotline PPA: kasus baru [A-Z0-9-]+ menunggu diambil\.$/),
      ]);
      const asked = await scene.reporterSays('talk to a person'); // any language's command word
      expect(asked[0]!.text).toMatch(/^Baik\.\nPermintaan Anda kami catat untuk petugas\./);
      // Asking for a person turns the notice into an alert that rings the chain now.
      expect(scene.to('palu-a')).toHaveLength(2);
      expect(scene.to('palu-a')[1]!.text).toContain('Pelapor perlu dibantu petugas');
      expect(scene.data.repos.alerts.byId(1)).toMatchObject({ reason: 'requested', status: 'ringing' });
    } finally {
      await scene.reporter.close();
    }
  });
});

describe('a hotline with no channel that reaches officers', () => {
  it('should say in the log which setting is missing, not that nobody is on call', async () => {
    const reporter = Conversation.open(); // the console channel only: no Telegram, no WhatsApp
    try {
      const [, afterPlace] = await reporter.run([URGENT_OPENING, 'Palu']);
      expect(reporter.t.logs.text).toContain('no running channel reaches them; set TELEGRAM_BOT_TOKEN');
      expect(reporter.data.repos.alerts.byId(1)?.status).toBe('exhausted');
      // Asked where they are "to connect you to the nearest officer", the reporter hears it did not happen.
      expect(afterPlace?.at(-1)?.text).toMatch(
        /^Kabar untuk Anda\.\nSaat ini belum ada petugas UPTD PPA Kota Palu yang bisa kami kabari lewat chat\./,
      );
    } finally {
      await reporter.close();
    }
  });
});

describe('a reporter writing in a regional language', () => {
  it.each([
    ['jv', 'tulung, bojoku arep mateni aku, dheweke nggawa peso saiki', 'aku neng Juwana', 'pati-a'],
    ['su', 'tulungan, salaki abdi ngamuk bari nyekel bedog ayeuna', 'abdi di Juwana', 'pati-a'],
    [
      'min',
      'tolong ambo, laki ambo nio mambunuah ambo, inyo mamacik piso kini',
      'ambo di Payakumbuh',
      'payakumbuh-a',
    ],
  ] as const)(
    'should read the officer handoff in %s, discreet on the lock screen',
    async (lang, urgent, place, officer) => {
      const scene = HandoffScene.open();
      const locale = JSON.parse(readFileSync(join('locales', lang, 'hotline.json'), 'utf8')).handoff;
      const chat = { 'pati-a': '100000901', 'payakumbuh-a': '100000401' }[officer];
      try {
        await scene.reporterSays(urgent);
        await scene.reporterSays(place);
        scene.hotline.ingest({
          channel: 'telegram',
          externalId: `claim-${lang}`,
          userId: chat,
          address: chat,
          input: { type: 'choice', optionId: 'claim:1' },
        });
        scene.hotline.ingest({
          channel: 'telegram',
          externalId: `say-${lang}`,
          userId: chat,
          address: chat,
          input: { type: 'text', text: 'Kami segera datang.' },
        });
        await scene.hotline.whenIdle();
        const texts = scene.reporter.sender.texts();
        expect(texts.at(-2)).toBe(locale.joined);
        expect(texts.at(-1)).toBe(locale.message.replace('{{text}}', 'Kami segera datang.'));
        expect(scene.reporter.loudFirstLines()).toEqual([]);
      } finally {
        await scene.reporter.close();
      }
    },
  );
});
