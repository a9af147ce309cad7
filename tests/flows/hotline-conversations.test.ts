import { afterEach, describe, expect, it } from 'vitest';
import { Conversation, directoryWithVerified } from '../support/conversation-harness.js';
import { tempDir } from '../support/test-hotline.js';
import { typedReport } from '../support/typed-report.js';

let conversation: Conversation | undefined;
const dirs: ReturnType<typeof tempDir>[] = [];

afterEach(async () => {
  // Safety rule 3, checked on every message of every conversation: a lock screen shows the first line.
  expect(conversation?.loudFirstLines() ?? []).toEqual([]);
  expect(conversation?.unrendered() ?? []).toEqual([]);
  await conversation?.close();
  conversation = undefined;
  for (const d of dirs.splice(0)) d.cleanup();
});

const golden = (name: string) => `transcripts/${name}.txt`;

describe('the hotline conversation', () => {
  it('should answer an urgent first message with the emergency numbers before anything else', async () => {
    conversation = Conversation.open();
    const [first] = await conversation.run([
      'tolong suami saya mau bunuh saya, dia bawa pisau sekarang',
      'saya di Juwana',
    ]);
    expect(first?.[0]?.text).toMatch(
      /^Pesan Anda sudah kami terima\.\nKeselamatan Anda yang utama\.[\s\S]*112[\s\S]*110[\s\S]*129/,
    );
    // No consent question in an emergency: straight to "where are you?", then the office.
    expect(conversation.latestCase()).toMatchObject({
      urgent: true,
      risk: 'high',
      regionCode: '33.18.08',
      officeId: 'uptd-pati',
    });
    await expect(conversation.transcript.toString()).toMatchFileSnapshot(golden('urgent-opening.id'));
  });

  it('should take a non-urgent report typed entirely without buttons', async () => {
    conversation = Conversation.open();
    await conversation.run([
      'halo',
      'ya',
      'suami saya sering memukul saya kalau marah, sudah setahun',
      'tidak',
      'benar',
      'tidak',
      'kota palu',
    ]);
    const report = conversation.latestCase();
    expect(report).toMatchObject({
      urgent: false,
      categories: ['kdrt'],
      risk: 'medium',
      officeId: 'uptd-palu',
    });
    expect(report?.details).toMatchObject({ role: 'victim', place: expect.stringMatching(/Palu/) });
    await expect(conversation.transcript.toString()).toMatchFileSnapshot(golden('typed-report.id'));
  });

  it('should tell its own chat when and for which office the report was recorded, on status', async () => {
    conversation = Conversation.open();
    await conversation.run(typedReport('kota palu'));
    const reference = conversation.latestCase()?.reference;
    expect(reference).toMatch(/^[A-Z0-9]{3}-[A-Z0-9]{3}$/);
    const [replies] = await conversation.run(['status']);
    expect(replies?.[0]?.text).toMatch(
      new RegExp(
        String.raw`^Kode Anda: ${reference}\nLaporan ini tercatat pada \d+ \S+ \d{4} untuk UPTD PPA Kota Palu\.`,
      ),
    );
  });

  it("should take a witness report about a neighbour's child and say witnesses are protected", async () => {
    conversation = Conversation.open();
    const replies = await conversation.run([
      'Saya mau lapor, anak tetangga saya umur 7 tahun sering dipukuli bapaknya',
      'ya',
      'tidak',
      'ya',
      'masih terjadi',
      'Pati',
    ]);
    const text = replies
      .flat()
      .map((m) => m.text)
      .join('\n');
    expect(text).toMatch(/Siapa pun yang melihat atau mendengar kekerasan boleh melapor/);
    expect(text).toMatch(/Identitas anak selalu dirahasiakan/);
    expect(conversation.latestCase()?.categories).toEqual(expect.arrayContaining(['kdrt', 'child']));
    await expect(conversation.transcript.toString()).toMatchFileSnapshot(golden('witness-child.id'));
  });

  it('should take a trafficking report and give the migrant-worker line', async () => {
    conversation = Conversation.open();
    const replies = await conversation.run([
      'adik saya kerja di malaysia lewat calo, paspornya ditahan majikan dan gajinya tidak dibayar 5 bulan',
      'ya',
      'tidak',
      'ya',
      'orang lain',
      'tidak',
      'masih',
      'Kabupaten Luwu Utara',
    ]);
    expect(
      replies
        .flat()
        .map((m) => m.text)
        .join('\n'),
    ).toMatch(/KP2MI 0800-1000/);
    expect(conversation.latestCase()?.categories).toContain('tppo');
    await expect(conversation.transcript.toString()).toMatchFileSnapshot(golden('tppo.id'));
  });

  it('should ask before routing on a place name it only guessed from a typo', async () => {
    conversation = Conversation.open({ userId: 'guessed-place' });
    const replies = await conversation.run([
      'halo',
      'ya',
      'lapor',
      'saya dipukul suami',
      'tidak',
      'ya',
      'tidak',
      'baru',
      'besok', // "tomorrow", one letter from Besuk (Kab. Probolinggo)
      'bukan',
      'Kabupaten Patti',
      '1',
    ]);
    expect(replies[8]?.at(-1)).toMatchObject({
      text: 'Maksud Anda daerah ini?',
      options: [{ label: 'Besuk, Kab. Probolinggo, Jawa Timur' }, { id: 'none' }],
    });
    expect(replies[9]?.at(-1)?.text).toMatch(/^Maaf, nama daerah itu belum kami temukan/);
    expect(replies[10]?.at(-1)?.options?.[0]?.label).toBe('Kab. Pati, Jawa Tengah');
    expect(conversation.latestCase()?.officeId).toBe('uptd-pati');
  });

  it('should never route by a word of the story that is only a typo away from a place', async () => {
    // "kamar" (a room) is one letter from Kab. Kampar: an urgent story that says where the writer
    // is locked in is asked "where are you?", and a place named as written later wins.
    conversation = Conversation.open({ userId: 'locked-in-a-room' });
    const replies = await conversation.run([
      'tolong saya dikunci di kamar, suami saya bawa pisau',
      'saya di Juwana',
    ]);
    expect(replies[0]?.at(-1)?.text).not.toMatch(/Kampar/);
    expect(conversation.latestCase()).toMatchObject({
      urgent: true,
      regionCode: '33.18.08',
      officeId: 'uptd-pati',
    });
    await conversation.close();

    conversation = Conversation.open({ userId: 'room-then-place' });
    await conversation.run([
      'saya dipukul suami di kamar mandi barusan, dia masih ngamuk, sekarang saya di Juwana',
    ]);
    expect(conversation.latestCase()).toMatchObject({ regionCode: '33.18.08', officeId: 'uptd-pati' });
  });

  it('should resolve a region by its alias and a shared location by the nearest office', async () => {
    conversation = Conversation.open({ userId: 'alias' });
    await conversation.run([
      'halo',
      'ya',
      'lapor',
      'pacar saya mengancam akan menyebar foto saya',
      'tidak',
      'ya',
      'tidak',
      'baru',
      'lutra',
    ]);
    expect(conversation.latestCase()?.officeId).toBe('uptd-luwu-utara');
    const byAlias = conversation.transcript.toString();
    await conversation.close();

    conversation = Conversation.open({ userId: 'location' });
    await conversation.run([
      'halo',
      'ya',
      'lapor',
      'saya dipukul suami',
      'tidak',
      'ya',
      'tidak',
      'baru',
      { type: 'location', lat: -6.75, lon: 111.04 },
    ]);
    expect(conversation.latestCase()?.officeId).toBe('uptd-pati');
    await expect(`${byAlias}\n---\n\n${conversation.transcript}`).toMatchFileSnapshot(
      golden('region-alias-location.id'),
    );
  });

  it('should show only verified contacts, falling back from an unverified office to its province, then national', async () => {
    const dir = tempDir();
    dirs.push(dir);
    conversation = Conversation.open({ directoryFile: directoryWithVerified(['uptd-sulteng'], dir.dir) });
    const replies = await conversation.run([
      'halo',
      'ya',
      'saya dilecehkan atasan saya di kantor',
      'tidak',
      'ya',
      'tidak',
      'baru',
      'palu',
    ]);
    const text = replies
      .flat()
      .map((m) => m.text)
      .join('\n');
    expect(text).toMatch(
      /tercatat untuk UPTD PPA Kota Palu; kontak yang sudah terverifikasi: UPTD PPA Provinsi Sulawesi Tengah/,
    );
    expect(text).toMatch(/Telepon: \+62 21 5550 0100/);
    expect(text).toMatch(/tidak boleh diselesaikan dengan "damai"/);
    expect(conversation.latestCase()?.officeId).toBe('uptd-palu');
    const provincial = conversation.transcript.toString();
    await conversation.close();

    conversation = Conversation.open();
    const national = await conversation.run([
      'halo',
      'ya',
      'saya dipukul suami',
      'tidak',
      'ya',
      'tidak',
      'baru',
      'Kota Jambi',
    ]);
    const nationalText = national
      .flat()
      .map((m) => m.text)
      .join('\n');
    expect(nationalText).toMatch(
      /belum terverifikasi, jadi untuk sementara hubungi layanan nasional SAPA 129/,
    );
    expect(nationalText).not.toMatch(/\+62 000/);
    await expect(`${provincial}\n---\n\n${conversation.transcript}`).toMatchFileSnapshot(
      golden('verified-fallback.id'),
    );
  });

  it("should show the office's own alur layanan when the office whose contacts are shown wrote one, and the general steps otherwise", async () => {
    const dir = tempDir();
    dirs.push(dir);
    const steps = (office: string) =>
      `1. Petugas ${office} menelepon Anda dalam 1x24 jam.\n2. Konseling di kantor.`;
    conversation = Conversation.open({
      directoryFile: directoryWithVerified(['uptd-sulteng'], dir.dir, {
        'uptd-sulteng': steps('provinsi'),
        // Palu is not verified: its text is no more shown than its numbers.
        'uptd-palu': steps('kota'),
      }),
    });
    const untilPlace = ['halo', 'ya', 'saya dipukul suami', 'tidak', 'ya', 'tidak', 'baru'];
    const replies = await conversation.run([...untilPlace, 'palu']);
    const alur = replies.flat().find((m) => m.text.startsWith('Langkah selanjutnya:'));
    expect(alur?.text.startsWith(`Langkah selanjutnya:\n${steps('provinsi')}\n\n`)).toBe(true);
    const text = replies
      .flat()
      .map((m) => m.text)
      .join('\n');
    expect(text).not.toContain('Petugas kota');
    expect(text).not.toContain('Laporan diterima petugas.');
    // The notes the law asks for still follow the office's steps.
    expect(text).toMatch(/Melapor ke polisi adalah pilihan Anda/);
    await conversation.close();

    conversation = Conversation.open({
      directoryFile: directoryWithVerified([], dir.dir, { 'uptd-palu': steps('kota') }),
    });
    const national = (await conversation.run([...untilPlace, 'palu']))
      .flat()
      .map((m) => m.text)
      .join('\n');
    expect(national).toContain('Langkah selanjutnya:\n1. Laporan diterima petugas.');
    expect(national).not.toContain('Petugas kota');
    await conversation.close();

    // Asked only for the office's contacts, it says how that office works, right under them.
    conversation = Conversation.open({
      directoryFile: directoryWithVerified(['uptd-sulteng'], dir.dir, { 'uptd-sulteng': steps('provinsi') }),
    });
    const info = (await conversation.run(['kontak UPTD Palu', 'palu'])).flat().map((m) => m.text);
    const at = info.findIndex((text) => text.includes('Telepon: +62 21 5550 0100'));
    expect(at).toBeGreaterThanOrEqual(0);
    expect(info[at + 1]).toBe(`Langkah selanjutnya:\n${steps('provinsi')}`);
  });

  it('should thank a reporter who tells the story at the consent question, keep it, and ask about danger next', async () => {
    conversation = Conversation.open();
    const replies = await conversation.run([
      'halo',
      'suami saya sering memukul saya kalau marah, sudah setahun',
      'ya',
    ]);
    expect(replies[1]?.[0]?.text).toMatch(
      /^Terima kasih sudah bercerita\. Sebelum kami lanjutkan: apakah Anda setuju/,
    );
    expect(replies[1]?.map((m) => m.text).join('\n')).not.toMatch(/belum mengerti/);
    // The story is not asked for again: the safety question comes first.
    expect(replies[2]?.[0]?.text).toMatch(/dalam bahaya saat ini\?/);
    await expect(conversation.transcript.toString()).toMatchFileSnapshot(golden('story-at-consent.id'));
  });

  it('should answer information questions without opening a report', async () => {
    conversation = Conversation.open();
    await conversation.run(['apa itu TPPO?']);
    await conversation.run(['alur layanan']);
    await conversation.run(['kontak UPTD Jambi', 'Kota Jambi']);
    expect(conversation.latestCase()).toBeUndefined();
    await expect(conversation.transcript.toString()).toMatchFileSnapshot(golden('information.id'));
  });

  it('should delete my data after confirmation and keep only an anonymous count', async () => {
    conversation = Conversation.open();
    await conversation.run(['halo', 'ya', 'saya dipukul suami di Pati', 'tidak', 'ya', 'tidak', 'baru']);
    const reference = conversation.latestCase()?.reference;
    expect(reference).toBeDefined();
    await conversation.run(['hapus', 'ya']);
    expect(conversation.latestCase()).toBeUndefined();
    expect(conversation.data.repos.cases.findByReference(reference!)).toMatchObject({
      details: {},
      categories: ['kdrt'],
    });
    await expect(conversation.transcript.toString()).toMatchFileSnapshot(golden('delete-my-data.id'));
  });

  it('should end at once on quick exit and say how to clear the chat', async () => {
    conversation = Conversation.open();
    const replies = await conversation.run(['halo', 'keluar']);
    expect(replies[1]?.map((m) => m.text)).toEqual([expect.stringMatching(/hapus chat ini dari HP Anda/)]);
    await expect(conversation.transcript.toString()).toMatchFileSnapshot(golden('quick-exit.id'));
  });

  it('should let a reporter come back from another phone with the reference and PIN, read the status and leave a note', async () => {
    const first = Conversation.open({ userId: 'first-phone' });
    conversation = first;
    await first.run(['halo', 'ya', 'saya dipukul suami di Pati', 'tidak', 'ya', 'tidak', 'baru']);
    const reference = first.latestCase()!.reference;
    const pin = first.casePin()!;
    expect(pin).toMatch(/^\d{6}$/);

    const later = Conversation.open({ hotline: first.t, userId: 'second-phone' });
    const replies = await later.run([
      reference.toLowerCase().replace('-', ' '),
      `${pin.slice(0, 3)} ${pin.slice(3)}`,
      'dia memukul lagi kemarin',
    ]);
    // The reference alone shows nothing; with the PIN, the status.
    expect(replies[0]?.map((m) => m.text).join('\n')).not.toMatch(/diterima|Kabupaten|Kota|UPTD/);
    expect(replies[1]?.[0]?.text).toMatch(new RegExp(`Laporan ${reference} tercatat pada`));
    // What another phone writes is kept apart from the reporter's story.
    expect(first.data.repos.cases.findByReference(reference)?.details.notes).toBeUndefined();
    expect(first.data.repos.outsideNotes.ofCase(first.latestCase()!.id).map((n) => n.text)).toEqual([
      'dia memukul lagi kemarin',
    ]);
    await expect(
      later.transcript
        .toString()
        .replaceAll(reference, 'REF')
        .replaceAll(`${pin.slice(0, 3)} ${pin.slice(3)}`, 'PIN'),
    ).toMatchFileSnapshot(golden('returning.id'));

    // "hapus" here deletes this phone's chat only, and says so (reporter trial 2 believed the
    // report gone); the report stays for the chat it was made in.
    const erased = await later.run(['hapus', 'ya']);
    const note = new RegExp(
      `Jika ${reference} adalah laporan yang dibuat dari nomor lain, laporan itu tidak ikut terhapus`,
    );
    const said = (turn: number) => (erased[turn] ?? []).map((m) => m.text).join('\n');
    expect(said(0)).toMatch(note);
    expect(said(1)).toMatch(note);
    expect(first.data.repos.cases.findByReference(reference)?.conversationId).not.toBeNull();
  });

  it('should let a reporter come back in their own chat with the reference and add to the story', async () => {
    conversation = Conversation.open({ userId: 'own-phone' });
    await conversation.run([
      'halo',
      'ya',
      'saya dipukul suami di Pati',
      'tidak',
      'ya',
      'tidak',
      'baru',
      'keluar',
    ]);
    const reference = conversation.latestCase()!.reference;
    const replies = await conversation.run([`cek laporan ${reference}`, 'dia memukul lagi kemarin']);
    expect(replies[0]?.[0]?.text).toMatch(new RegExp(`Laporan ${reference} tercatat pada`));
    expect(conversation.latestCase()?.details).toMatchObject({ notes: ['dia memukul lagi kemarin'] });
  });

  it('should show the status when the reporter types their reference after the report or at the main menu, and open no case', async () => {
    conversation = Conversation.open({ userId: 'typed-reference' });
    await conversation.run(['halo', 'ya', 'saya dipukul suami di Pati', 'tidak', 'ya', 'tidak', 'baru']);
    const reference = conversation.latestCase()!.reference;
    // At the prompt after the report: the reference alone is a question, not an addition.
    const [afterReport] = await conversation.run([reference]);
    expect(afterReport?.[0]?.text).toMatch(new RegExp(`Laporan ${reference} tercatat pada`));
    // At the main menu, in a sentence: the same case, not a new report.
    const replies = await conversation.run(['menu', 'ya', `saya mau tanya laporan ${reference}`]);
    expect(replies[2]?.[0]?.text).toMatch(new RegExp(`Laporan ${reference} tercatat pada`));
    expect(conversation.latestCase()).toMatchObject({ reference });
    expect(conversation.latestCase()?.details.notes).toBeUndefined();
    await expect(conversation.transcript.toString().replaceAll(reference, 'REF')).toMatchFileSnapshot(
      golden('reference-typed-at-a-prompt'),
    );
  });

  it('should give the emergency numbers instead of asking about danger a third time, and go on', async () => {
    conversation = Conversation.open();
    const replies = await conversation.run([
      'halo',
      'ya',
      'lapor',
      'suami saya memukul saya',
      'hmm',
      'hmm gimana',
    ]);
    expect(replies[5]?.[0]?.text).toMatch(/^Pesan Anda sudah kami terima\.\nKeselamatan Anda yang utama/);
    // The report goes on with the next question (a person is offered where the questions stall:
    // tests/flows/answers-in-own-words.test.ts).
    expect(replies[5]?.at(-1)?.text).toMatch(/^Kami ingin memastikan/);
    expect(conversation.latestCase()).toBeUndefined();
  });

  it('should keep a photo sent at a text prompt as evidence and say so', async () => {
    conversation = Conversation.open();
    const replies = await conversation.run([
      'halo',
      'ya',
      'lapor',
      { type: 'media', kind: 'image', mediaId: 'photo-1' },
    ]);
    expect(replies[3]?.[0]?.text).toMatch(/file Anda sudah kami simpan/);
    await conversation.run(['suami saya memukul saya tadi malam', 'tidak', 'ya', 'tidak', 'Pati']);
    expect(conversation.latestCase()?.details).toMatchObject({
      evidence: [{ kind: 'image', mediaId: 'photo-1' }],
    });
  });
});
