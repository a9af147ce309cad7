import { describe, expect, it } from 'vitest';
import { normalize, withPassivesJoined } from '../../src/triage/normalize.js';

describe('normalize', () => {
  it.each([
    ['Tolongggg!!', ['tolong']],
    ['dipukul2 terus', ['dipukul', 'dipukul', 'terus']],
    ['anak-anak', ['anak', 'anak']],
    ['tlg skrg sy udh gk kuat', ['tolong', 'sekarang', 'saya', 'udah', 'gak', 'kuat']],
    ['yg dgn ortu', ['yang', 'dengan', 'orang', 'tua']],
    ["I'm scared, he won't stop", ['i', 'am', 'scared', 'he', 'will', 'not', 'stop']],
    ["my mom's boyfriend", ['my', 'mom', 'boyfriend']],
    ['umur 14thn', ['umur', '14', 'tahun']],
  ])('should turn %j into %j', (text, tokens) => {
    expect(normalize(text).tokens).toEqual(tokens);
  });

  it("should keep Bugis glottal-stop apostrophes (ana', de') and normalise curly ones", () => {
    expect(normalize('ana\u2019ku de\u2019 wedding').tokens).toEqual(["ana'ku", "de'", 'wedding']);
  });

  it('should read a laughing emoji as a laugh', () => {
    expect(normalize('KDRT ko? 😂').tokens).toEqual(['kdrt', 'ko', 'haha']);
  });
  it('should start a new clause at reported speech (jare, katanya, cenah)', () => {
    expect(normalize('wingi telpon jare dikunci').clauseOf).toEqual([0, 0, 1, 1]);
    expect(normalize('kemarin nelpon katanya dikunci').clauseOf).toEqual([0, 0, 1, 1]);
    expect(normalize('tadi nelepon cenah dikonci').clauseOf).toEqual([0, 0, 1, 1]);
  });
  it('should start a new clause at punctuation and at "tapi/but"', () => {
    const { clauseOf } = normalize('dulu dipukul tapi sekarang aman. terima kasih');
    expect(clauseOf).toEqual([0, 0, 1, 1, 1, 2, 2]);
  });
  it('should join, for the rules, a passive prefix written apart when the whole is a listed passive verb', () => {
    expect(withPassivesJoined(normalize('aku di pukul suami')).tokens).toEqual(['aku', 'dipukul', 'suami']);
    expect(withPassivesJoined(normalize('saya di kunci di gudang')).tokens).toEqual([
      'saya',
      'dikunci',
      'di',
      'gudang',
    ]);
    expect(withPassivesJoined(normalize('ambo di pukua laki ambo')).tokens).toEqual([
      'ambo',
      'dipukua',
      'laki',
      'ambo',
    ]);
    expect(withPassivesJoined(normalize('poto abdi di sebarkeun')).tokens).toEqual([
      'poto',
      'abdi',
      'disebarkeun',
    ]);
    // places stay apart
    expect(withPassivesJoined(normalize('di rumah di bawah meja')).tokens).toEqual([
      'di',
      'rumah',
      'di',
      'bawah',
      'meja',
    ]);
  });
});
