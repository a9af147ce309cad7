import { describe, expect, it } from 'vitest';
import { readSimfoniForm, simfoniPrefill, simfoniWords } from '../../src/statistics/simfoni-vocabulary.js';

describe('the SIMFONI-PPA vocabulary', () => {
  it('should pre-fill only what triage says for certain', () => {
    // Not the place for KDRT: it includes a boyfriend or girlfriend, whose violence may be anywhere
    // (officer trial: a boyfriend at a boarding room was pre-filled "rumah tangga").
    expect(simfoniPrefill({ categories: ['kdrt', 'sexual_violence'], regionCode: '72.71' })).toEqual({
      bentuk_kekerasan: ['seksual'],
      wilayah: ['72.71'],
    });
    expect(simfoniPrefill({ categories: ['online', 'child'], regionCode: null })).toEqual({});
  });

  it('should keep a form that stays on the lists, empty fields as empty', () => {
    expect(
      readSimfoniForm({
        _csrf: 'x',
        bentuk_kekerasan: ['fisik', 'psikis'],
        usia_korban: '25_44',
        jenis_kelamin: '',
        wilayah: '72.71',
        layanan: 'pengaduan',
      }),
    ).toEqual({
      bentuk_kekerasan: ['fisik', 'psikis'],
      tempat_kejadian: [],
      hubungan_pelaku: [],
      usia_korban: ['25_44'],
      jenis_kelamin: [],
      wilayah: ['72.71'],
      layanan: ['pengaduan'],
      rujukan: [],
    });
  });

  it.each([
    [{ bentuk_kekerasan: 'dipukul' }], // not on the list
    [{ usia_korban: ['0_5', '6_12'] }], // one band only
    [{ wilayah: 'Kota Palu' }], // a code, not a name
    [{ tempat_kejadian: 'constructor' }], // nothing from the object's prototype
  ])('should refuse %j whole', (form) => {
    expect(readSimfoniForm(form)).toBeUndefined();
  });

  it("should write SIMFONI's own words in the CSV", () => {
    expect(simfoniWords('rujukan', ['rumah_sakit', 'kepolisian'])).toBe('rumah sakit/puskesmas; kepolisian');
    expect(simfoniWords('jenis_kelamin', ['laki_laki'])).toBe('laki-laki');
    expect(simfoniWords('usia_korban', undefined)).toBe('');
  });
});
