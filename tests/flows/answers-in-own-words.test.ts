/**
 * Reporters answer in their own words, not with the buttons: a yes with more words, "I don't know",
 * the story again, an emergency in the middle of the questions. Each case here was replayed from a
 * trial of the web chat by people writing as reporters would (2026-12-07): each had reached the
 * end of the report without the emergency numbers, or without being asked where.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { Conversation } from '../support/conversation-harness.js';
import { typedReport } from '../support/typed-report.js';

let conversation: Conversation | undefined;

afterEach(async () => {
  expect(conversation?.loudFirstLines() ?? []).toEqual([]);
  expect(conversation?.unrendered() ?? []).toEqual([]);
  await conversation?.close();
  conversation = undefined;
});

const EMERGENCY = /^Pesan Anda sudah kami terima\.\nKeselamatan Anda yang utama\.[\s\S]*112/;
const texts = (replies: { text: string }[] | undefined) => (replies ?? []).map((r) => r.text);
const NOT_UNDERSTOOD = /belum mengerti/;

/** Greeting, consent and a story: the next reply is the safety question. */
const UP_TO_SAFETY = ['halo', 'ya', 'suami saya sering memukul saya kalau marah'];

describe('answers in the reporter’s own words', () => {
  it('should take a yes followed by more words at the safety question as a yes', async () => {
    conversation = Conversation.open();
    const replies = await conversation.run([...UP_TO_SAFETY, 'iya kak dia masih dirumah']);
    expect(texts(replies[3])[0]).toMatch(EMERGENCY);
    expect(texts(replies[3]).join('\n')).not.toMatch(NOT_UNDERSTOOD);
    await conversation.say('kota palu');
    expect(conversation.latestCase()).toMatchObject({ urgent: true, officeId: 'uptd-palu' });
  });

  // Reporter trial 2: "ngga" was not understood twice, and the second time counted as danger.
  it.each(['ngga', 'gk', 'ngga skrg dia lg pergi ke rumah ibunya'])(
    'should take %j at the safety question as a no',
    async (answer) => {
      conversation = Conversation.open();
      const replies = await conversation.run([...UP_TO_SAFETY, answer]);
      expect(texts(replies[3]).join('\n')).not.toMatch(NOT_UNDERSTOOD);
      expect(texts(replies[3]).join('\n')).not.toMatch(EMERGENCY);
      expect(texts(replies[3])[0]).toMatch(/^Kami ingin memastikan\.\nSepertinya ini tentang: KDRT/);
    },
  );

  it('should take a Minangkabau yes with the rest of the sentence as a yes', async () => {
    conversation = Conversation.open();
    const replies = await conversation.run([...UP_TO_SAFETY, 'iyo, kini masih tadanga anak tu mamakiak']);
    expect(texts(replies[3]).join('\n')).toMatch(/112/);
    expect(texts(replies[3]).join('\n')).not.toMatch(/mangarati|mengerti/);
  });

  it('should give the emergency numbers, not take "no", when the reporter does not know', async () => {
    conversation = Conversation.open();
    const replies = await conversation.run([...UP_TO_SAFETY, 'tidak tau ki']);
    expect(texts(replies[3])[0]).toMatch(EMERGENCY);
    // The report goes on (not an urgent case on a guess): the next question follows the numbers.
    expect(texts(replies[3]).length).toBeGreaterThan(1);
    expect(conversation.hotline).toBeDefined();
  });

  it('should keep a story told at the safety question and ask it again with thanks', async () => {
    conversation = Conversation.open();
    const replies = await conversation.run([
      'halo',
      'ya',
      'lapor',
      'mau lapor kak',
      'sepupu saya pegang pegang dada saya waktu saya tidur, saya masih SMP',
    ]);
    const asked = texts(replies[4]).join('\n');
    expect(asked).toMatch(/^Terima kasih sudah bercerita\. Cerita Anda kami simpan\./);
    expect(asked).toMatch(/dalam bahaya saat ini\?/);
    expect(asked).not.toMatch(NOT_UNDERSTOOD);
  });

  it('should turn to the urgent questions when an emergency is written in the middle of the report', async () => {
    conversation = Conversation.open();
    const replies = await conversation.run([
      'halo',
      'ya',
      'lapor',
      'mau lapor kak',
      'tidak',
      'suami sy dtg lg bawa pisau skrg mau bunuh saya',
    ]);
    const answer = texts(replies[5]);
    expect(answer[0]).toMatch(EMERGENCY);
    expect(answer.join('\n')).not.toMatch(NOT_UNDERSTOOD);
    // Only where they are now, then the office at once.
    expect(answer.at(-1)).toMatch(/^Di mana Anda sekarang\?/);
    await conversation.say('kota palu');
    expect(conversation.latestCase()).toMatchObject({ urgent: true, risk: 'high', officeId: 'uptd-palu' });
  });

  it('should ask where before recording a report whose questions proved too hard, and say only that it is recorded', async () => {
    conversation = Conversation.open();
    const replies = await conversation.run([
      'halo',
      'ya',
      'lapor',
      'suami saya memukul saya',
      'tidak',
      'hmm', // the category guessed from the story: not understood, then the list of categories
      'apa maksudnya',
      'hmm',
      'apa ya',
    ]);
    const stuck = texts(replies[8]).join('\n');
    expect(stuck).toMatch(/^Maaf, sepertinya pertanyaan kami sulit dijawab/);
    expect(stuck).toMatch(/kami catat untuk petugas/);
    expect(stuck).not.toMatch(/kami teruskan/);
    expect(texts(replies[8]).at(-1)).toMatch(/^Di kabupaten\/kota atau kecamatan mana kejadiannya\?/);
    expect(conversation.latestCase()).toBeUndefined();
    await conversation.say('kota palu');
    expect(conversation.latestCase()).toMatchObject({ officeId: 'uptd-palu' });
  });

  it('should still know the chat’s own report after “menu”', async () => {
    conversation = Conversation.open();
    await conversation.run(typedReport('kota palu'));
    const reference = conversation.latestCase()?.reference;
    expect(reference).toMatch(/^[A-Z0-9]{3}-[A-Z0-9]{3}$/);
    await conversation.say('menu');
    const status = texts(await conversation.say('status')).join('\n');
    expect(status).toContain(reference!);
    expect(status).not.toMatch(/Belum ada laporan/);
    // Typed with words at the consent question that follows "menu": that case, not a new report.
    const typed = texts(await conversation.say(`mau tambah cerita utk laporan ${reference}`)).join('\n');
    expect(typed).toContain(reference!);
    expect(typed).not.toMatch(/Terima kasih sudah bercerita/);
    expect(conversation.data.sql.prepare('select count(*) as n from cases').get()).toEqual({ n: 1 });
  });

  it('should take "padang" at the place question as the city, not as a wish for Minangkabau', async () => {
    conversation = Conversation.open();
    const replies = await conversation.run(['tolong dia datang bawa pisau', 'padang']);
    expect(texts(replies[1]).join('\n')).not.toMatch(/baso Minang/);
    expect(conversation.latestCase()).toMatchObject({ urgent: true });
    expect(conversation.latestCase()?.regionCode).toMatch(/^13\./);
  });

  it('should ask about a desa named by an everyday word, and take "ga tau" for no place, not a guess', async () => {
    conversation = Conversation.open();
    const place = ['halo', 'ya', 'saya dipukul suami', 'tidak', 'ya', 'tidak', 'baru'];
    const replies = await conversation.run([...place, 'kamar', '2', 'ga tau', 'ga tau']);
    // "kamar" (room) is a desa in Maluku: asked about, and "none of these" is heard.
    expect(texts(replies[7])).toEqual([expect.stringMatching(/^Maksud Anda daerah ini\?/)]);
    expect(texts(replies[8])[0]).toMatch(/^Maaf, nama daerah itu belum kami temukan/);
    // "ga tau" is one letter from Gatak: no guess offered, asked once more, then the report goes on.
    expect(texts(replies[9])[0]).toMatch(/^Maaf, nama daerah itu belum kami temukan\. Silakan tulis/);
    expect(texts(replies[9]).join('\n')).not.toMatch(/Gatak/);
    expect(conversation.latestCase()).toMatchObject({ regionCode: null, officeId: 'sapa-129' });
  });

  it('should answer "does this count?" — alone with what counts, with a story by saying it can and whose fault it is not', async () => {
    conversation = Conversation.open();
    // A parent's short question at the menu was "not understood".
    const asked = await conversation.run([
      'halo',
      'ya',
      'apakah dicubit guru sampai biru termasuk kekerasan?',
    ]);
    expect(texts(asked[2])[0]).toMatch(/^Pertanyaan yang penting\.\n.*siapa pun pelakunya: orang tua, guru/);
    expect(texts(asked[2]).join('\n')).not.toMatch(NOT_UNDERSTOOD);
    expect(conversation.latestCase()).toBeUndefined();
    await conversation.close();

    // A child asking about her own case: the question is answered before the safety question.
    conversation = Conversation.open();
    const told = await conversation.run([
      'halo',
      'ya',
      'kak aku mau tanya, kalau ayah tiri suka pegang2 aku pas malam itu termasuk kekerasan gak?',
    ]);
    expect(texts(told[2])[0]).toMatch(
      /^Terima kasih sudah bertanya\.\nYang Anda ceritakan bisa termasuk kekerasan, dan itu bukan salah Anda\.[\s\S]*dalam bahaya saat ini\?/,
    );
  });

  it.each([
    ['en', 'is it abuse if my husband takes all my salary every month?', 'yes', /^Thank you for asking\.\n/],
    [
      'su',
      'ari dicarekan unggal poe ku salaki teh kaasup kekerasan teu?',
      'muhun',
      /^Hatur nuhun parantos naros\.\n/,
    ],
  ])(
    'should answer "does this count?" about the writer\'s own case in %s, after consent',
    async (_lang, question, yes, answer) => {
      conversation = Conversation.open();
      const replies = await conversation.run([question, yes]);
      expect(texts(replies[1])[0]).toMatch(answer);
    },
  );

  it('should answer a question at the information menu, not open a report', async () => {
    conversation = Conversation.open();
    const replies = await conversation.run([
      'halo',
      'ya',
      'informasi',
      'kalo sy lapor nanti diapain? nama sy dikasih tau ke pelaku gak?',
    ]);
    const answer = texts(replies[3]).join('\n');
    expect(answer).toMatch(/Langkah selanjutnya/);
    expect(answer).not.toMatch(/dalam bahaya saat ini/);
    expect(conversation.latestCase()).toBeUndefined();
  });

  it('should answer "apa itu tppo" typed at the consent question, not take it for a story', async () => {
    conversation = Conversation.open();
    const replies = await conversation.run(['halo', 'apa itu tppo']);
    const answer = texts(replies[1]).join('\n');
    expect(answer).toMatch(/perdagangan orang/);
    expect(answer).not.toMatch(/Terima kasih sudah bercerita/);
  });

  it('should not take "saya tetangganya" for "myself" at the question who it happened to', async () => {
    conversation = Conversation.open();
    // Greeting, consent, a story with no category guess, then the category picked: the role question.
    const replies = await conversation.run([
      'halo',
      'ya',
      'lapor',
      'dia jahat sekali sama anaknya',
      'tidak',
      '1',
    ]);
    const asked = texts(replies.at(-1)).join('\n');
    if (!/Siapa yang mengalami/.test(asked)) throw new Error(`not at the role question: ${asked}`);
    const answer = texts(await conversation.say('saya tetangganya')).join('\n');
    expect(answer).toMatch(/belum mengerti|Siapa yang mengalami/);
  });

  it('should answer a bare case reference in Indonesian, whatever language its letters look like', async () => {
    // "MY" reads as English: one reference in ~600 was answered in English (seen in CI, db-copy test).
    conversation = Conversation.open();
    const [reply] = await conversation.run(['7MY-H7P']);
    expect(texts(reply).join('\n')).toMatch(/ketik PIN-nya untuk melihat status/);
  });

  it('should ask "where are you now?" when an emergency is written at the choice between places', async () => {
    conversation = Conversation.open();
    // "Jambi" is a province and a city: the reporter is asked which.
    const replies = await conversation.run(typedReport('jambi'));
    if (!/Yang mana/.test(texts(replies.at(-1)).join('\n'))) throw new Error('not at the choice of places');
    const answer = texts(await conversation.say('tolong dia datang bawa parang sekarang'));
    expect(answer[0]).toMatch(EMERGENCY);
    expect(answer.join('\n')).not.toMatch(NOT_UNDERSTOOD);
    expect(answer.at(-1)).toMatch(/^Di mana Anda sekarang\?/);
  });

  it('should not add the number of an old button or a bare yes to the case after it opened', async () => {
    conversation = Conversation.open();
    await conversation.run(['tolong suami saya mau bunuh saya, dia bawa pisau sekarang', 'kota palu']);
    const before = conversation.latestCase()?.details;
    const replies = await conversation.run(['2', 'ya']);
    expect(
      replies
        .flat()
        .map((r) => r.text)
        .join('\n'),
    ).not.toMatch(/tambahan Anda sudah disimpan/);
    expect(conversation.latestCase()?.details).toEqual(before);
    // Words are still added.
    const added = texts(await conversation.say('dia sudah pergi, saya di rumah tetangga'));
    expect(added.join('\n')).toMatch(/tambahan Anda sudah disimpan/);
  });

  // Reporter trial 2: after the report every question got "your addition was saved".
  it('should keep a question asked after the report for the officer and say so, and show the status when it names the case', async () => {
    conversation = Conversation.open();
    await conversation.run(typedReport('kota palu'));
    const reference = conversation.latestCase()!.reference;
    const question = texts(
      await conversation.say('terus gurunya nanti gimana bu? dipecat atau dilaporin polisi?'),
    );
    expect(question.join('\n')).toMatch(
      new RegExp(
        `^Terima kasih, pertanyaan Anda sudah kami simpan\\.\\n.*bersama laporan ${reference}, supaya petugas`,
      ),
    );
    expect(conversation.latestCase()?.details.notes).toEqual(
      expect.arrayContaining(['terus gurunya nanti gimana bu? dipecat atau dilaporin polisi?']),
    );
    const status = texts(await conversation.say(`gmn laporan sy ${reference} udh ada yg tangani blm?`));
    expect(status[0]).toMatch(new RegExp(`Laporan ${reference} tercatat pada`));
  });

  it('should tell someone threatened with their photos tonight what to do, with the emergency numbers', async () => {
    conversation = Conversation.open();
    const replies = await conversation.run([
      'tolong ada yg ancam sebar foto bugil aku malam ini kalau aku ga kirim uang 2 juta',
    ]);
    const emergency = texts(replies[0])[0] ?? '';
    expect(emergency).toMatch(EMERGENCY);
    expect(emergency).toMatch(/jangan bayar dan jangan kirim apa pun lagi, simpan tangkapan layar/);
    // Not for every emergency: a knife at the door gets no advice about photos.
    await conversation.close();
    conversation = Conversation.open();
    const knife = texts(
      (await conversation.run(['tolong suami saya bawa pisau mau bunuh saya sekarang']))[0],
    );
    expect(knife.join('\n')).not.toMatch(/tangkapan layar/);
  });

  it('should tell someone abroad which numbers work from there', async () => {
    conversation = Conversation.open();
    const replies = await conversation.run([
      'help me i am in malaysia my employer locked me in and took my passport',
    ]);
    const emergency = texts(replies[0])[0] ?? '';
    expect(emergency).toMatch(/^We have received your message\./);
    // Reporter trial 2: 110 and 129 were listed to a worker in Malaysia, who could call neither.
    expect(emergency).toMatch(/110 and 129 cannot be called from there/);
    expect(emergency).toMatch(/WhatsApp SAPA 08111-129-129/);
  });

  it('should keep the data, and what was written, when the answer to "delete everything?" is not a yes', async () => {
    conversation = Conversation.open();
    await conversation.run(typedReport('kota palu'));
    const replies = await conversation.run(['hapus', 'eh jangan, dia datang lagi']);
    expect(texts(replies[1]).join('\n')).toMatch(/^Baik, data Anda tidak dihapus\./);
    expect(texts(replies[1]).join('\n')).not.toMatch(NOT_UNDERSTOOD);
    expect(conversation.latestCase()?.details.notes).toEqual(
      expect.arrayContaining(['eh jangan, dia datang lagi']),
    );
    // A plain yes still deletes.
    const done = await conversation.run(['hapus', 'ya']);
    expect(texts(done[1])[0]).toMatch(/^Selesai\. Pesan dan data pribadi Anda sudah dihapus/);
  });
});
