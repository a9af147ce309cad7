import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DirectoryError } from '../../src/directory/directory-error.js';
import {
  checkDirectory,
  checkDirectoryText,
  EXAMPLE_DIRECTORY_FILE,
  loadDirectory,
  parseDirectory,
} from '../../src/directory/directory-loader.js';
import { DEFAULT_ACK_TIMEOUT_SECONDS } from '../../src/directory/directory-schema.js';
import { type OfficeData, officeOf, smallDirectory, toYaml } from './directory-fixtures.js';

type Data = ReturnType<typeof smallDirectory>;

function problemsAfter(change: (data: Data) => void): string[] {
  const data = smallDirectory();
  change(data);
  return checkDirectoryText(toYaml(data), 'offices.yaml').problems;
}

describe('the shipped example directory', () => {
  it('should load without problems', () => {
    expect(checkDirectory(EXAMPLE_DIRECTORY_FILE).problems).toEqual([]);
    const directory = loadDirectory(EXAMPLE_DIRECTORY_FILE);
    expect(directory.national.id).toBe('sapa-129');
  });

  it('should have an office for each seed kab/kota and its province', () => {
    const codes = loadDirectory(EXAMPLE_DIRECTORY_FILE).offices.flatMap((office) => office.regionCodes);
    // Kota Palu, Kota Payakumbuh, Kab. Lima Puluh Kota, Kota Jambi, Kab. Pati, Kab. Luwu Utara + provinces.
    expect(codes).toEqual(
      expect.arrayContaining([
        '72.71',
        '13.76',
        '13.07',
        '15.71',
        '33.18',
        '73.22',
        '72',
        '13',
        '15',
        '33',
        '73',
      ]),
    );
  });

  it('should show no example contact to reporters: only the national office is verified', () => {
    const verified = loadDirectory(EXAMPLE_DIRECTORY_FILE).offices.filter((office) => office.verified);
    expect(verified.map((office) => office.id)).toEqual(['sapa-129']);
  });

  it('should use only all-zero placeholder numbers outside the national office', () => {
    const offices = loadDirectory(EXAMPLE_DIRECTORY_FILE).offices.filter(
      (office) => office.kind !== 'national',
    );
    const numbers = offices.flatMap((office) => [
      office.phone,
      office.whatsapp,
      office.contactPerson?.phone,
      ...office.officers.map((officer) => officer.whatsapp),
    ]);
    for (const number of numbers.filter((value) => value !== undefined)) {
      expect(number.replace(/\D/g, '')).toMatch(/^620+$/);
    }
  });
});

describe('loadDirectory', () => {
  it('should return typed offices with regions as Kemendagri codes', () => {
    const directory = parseDirectory(toYaml(smallDirectory()));
    const pati = directory.byId.get('uptd-pati');
    expect(pati?.regionCodes).toEqual(['33.18']);
    expect(directory.byId.get('uptd-jateng')?.regionCodes).toEqual(['33']);
  });

  it('should turn bare on-call ids into rules and Telegram ids into strings', () => {
    const pati = parseDirectory(toYaml(smallDirectory())).byId.get('uptd-pati');
    expect(pati?.oncall).toEqual([{ officer: 'pati-a' }, { officer: 'pati-s', days: ['sat', 'sun'] }]);
    expect(pati?.officers[0]?.telegram).toBe('100000901');
  });

  it('should default the acknowledgement timeout', () => {
    const pati = parseDirectory(toYaml(smallDirectory())).byId.get('uptd-pati');
    expect(pati?.ackTimeoutSeconds).toBe(DEFAULT_ACK_TIMEOUT_SECONDS);
  });

  it('should read unquoted codes that YAML turns into numbers (73.10 becomes 73.1)', () => {
    const yaml = toYaml(smallDirectory())
      .replace('- Kabupaten Pati', '- 33.18')
      .replace('- Jawa Tengah', '- 33');
    const directory = parseDirectory(`${yaml}\n`);
    expect(directory.byId.get('uptd-pati')?.regionCodes).toEqual(['33.18']);
    const data = smallDirectory();
    officeOf(data, 'uptd-pati').regions = [73.1];
    expect(parseDirectory(toYaml(data)).byId.get('uptd-pati')?.regionCodes).toEqual(['73.10']);
  });

  it('should throw a DirectoryError that lists every problem', () => {
    const data = smallDirectory();
    officeOf(data, 'uptd-pati').timezone = 'Mars/Olympus';
    officeOf(data, 'uptd-jateng').parent = 'nowhere';
    const error = (() => {
      try {
        parseDirectory(toYaml(data));
      } catch (caught) {
        return caught;
      }
      return undefined;
    })();
    expect(error).toBeInstanceOf(DirectoryError);
    expect((error as DirectoryError).problems).toHaveLength(2);
    expect((error as DirectoryError).message).toContain('uptd-pati: timezone');
  });

  it('should report a file it cannot read, naming the path', () => {
    const missing = join(tmpdir(), 'no-such-directory.yaml');
    expect(checkDirectory(missing).problems).toEqual([expect.stringContaining(missing)]);
    expect(() => loadDirectory(missing)).toThrow(DirectoryError);
  });

  it('should check a file on disk the same way as text', () => {
    const folder = mkdtempSync(join(tmpdir(), 'directory-'));
    const file = join(folder, 'offices.yaml');
    const data = smallDirectory();
    officeOf(data, 'uptd-pati').phnoe = '+62 000-0000-0000';
    writeFileSync(file, toYaml(data));
    expect(checkDirectory(file).problems).toEqual([expect.stringMatching(/^uptd-pati: phnoe: unknown key/)]);
  });
});

describe('directory problems', () => {
  const pati = (data: Data): OfficeData => officeOf(data, 'uptd-pati');

  it.each<[string, (data: Data) => void, string]>([
    [
      'an unknown office key',
      (data) => Object.assign(pati(data), { phnoe: '+62 000' }),
      'uptd-pati: phnoe: unknown key',
    ],
    [
      'an unknown officer key',
      (data) => Object.assign((pati(data).officers as OfficeData[])[0] ?? {}, { telgram: 1 }),
      'uptd-pati: officers[0].telgram: unknown key',
    ],
    [
      'an unknown key in an on-call window',
      (data) => Object.assign(pati(data), { oncall: [{ officer: 'pati-a', form: '08:00' }] }),
      'uptd-pati: oncall[0].form: unknown key',
    ],
    [
      'a missing required field',
      (data) => delete (pati(data) as Partial<OfficeData>).name,
      'uptd-pati: name: missing',
    ],
    [
      'a wrong kind',
      (data) => Object.assign(pati(data), { kind: 'uptd' }),
      'uptd-pati: kind: "uptd" is not valid',
    ],
    [
      'a wrong service',
      (data) => Object.assign(pati(data), { services: ['konseling'] }),
      'uptd-pati: services[0]:',
    ],
    [
      'a wrong day range',
      (data) => Object.assign(pati(data), { hours: { 'mon-fr': '08:00-16:00' } }),
      'uptd-pati: hours.mon-fr:',
    ],
    [
      'a wrong time range',
      (data) => Object.assign(pati(data), { hours: { 'mon-fri': '8-16' } }),
      'uptd-pati: hours.mon-fri:',
    ],
    [
      'hours that end before they start',
      (data) => Object.assign(pati(data), { hours: { sat: '16:00-08:00' } }),
      'uptd-pati: hours.sat: "16:00-08:00" ends before it starts',
    ],
    [
      'a day given twice',
      (data) => Object.assign(pati(data), { hours: { 'mon-fri': '08:00-16:00', fri: '08:00-11:00' } }),
      'uptd-pati: hours.fri: fri is already covered',
    ],
    [
      'a missing parent',
      (data) => Object.assign(pati(data), { parent: 'uptd-jatengg' }),
      'uptd-pati: parent: no office has the id "uptd-jatengg"',
    ],
    [
      'a parent loop',
      (data) => Object.assign(officeOf(data, 'uptd-jateng'), { parent: 'uptd-pati' }),
      'uptd-pati: parent: the parent chain loops',
    ],
    [
      'a bad time zone',
      (data) => Object.assign(pati(data), { timezone: 'Asia/Jakrta' }),
      'uptd-pati: timezone: "Asia/Jakrta" is not an IANA time zone',
    ],
    [
      'an unknown region',
      (data) => Object.assign(pati(data), { regions: ['Atlantis'] }),
      'uptd-pati: regions[0]: "Atlantis" is not a province or kab/kota',
    ],
    [
      'a misspelt region',
      (data) => Object.assign(pati(data), { regions: ['Kabupaten Patti'] }),
      'uptd-pati: regions[0]: "Kabupaten Patti" is not an official name; did you mean "Kabupaten Pati" (33.18)?',
    ],
    [
      'a kecamatan as region',
      (data) => Object.assign(pati(data), { regions: ['Juwana'] }),
      'uptd-pati: regions[0]: "Juwana" is a kecamatan',
    ],
    [
      'an ambiguous region',
      (data) => Object.assign(pati(data), { regions: ['Jambi'] }),
      'uptd-pati: regions[0]: "Jambi" may mean',
    ],
    [
      'an unknown region code',
      (data) => Object.assign(pati(data), { regions: ['33.99'] }),
      'uptd-pati: regions[0]: no province or kab/kota has the code "33.99"',
    ],
    [
      'a region served by two offices',
      (data) => Object.assign(officeOf(data, 'uptd-jateng'), { regions: ['Jawa Tengah', 'Kabupaten Pati'] }),
      'uptd-pati: regions[0]: 33.18 is already served by "uptd-jateng"',
    ],
    [
      'a duplicate office id',
      (data) => data.offices.push({ ...pati(data), officers: [], oncall: [], regions: [] }),
      'uptd-pati: id: the id "uptd-pati" is used by two offices',
    ],
    [
      'a duplicate officer id',
      (data) =>
        Object.assign(officeOf(data, 'uptd-jateng'), {
          officers: [{ id: 'pati-a', name: 'Petugas Contoh', telegram: 5, role: 'officer' }],
        }),
      'uptd-pati: officers[0].id: the officer id "pati-a" is already used in office "uptd-jateng"',
    ],
    [
      'one Telegram id for two officers',
      (data) =>
        Object.assign(officeOf(data, 'uptd-jateng'), {
          officers: [{ id: 'jateng-a', name: 'Petugas Contoh', telegram: 100000901, role: 'officer' }],
        }),
      `uptd-pati: officers[0].telegram: this Telegram id is also officer "jateng-a"'s; one person needs one entry`,
    ],
    [
      'one WhatsApp number for two officers, written two ways',
      (data) => {
        Object.assign(pati(data), {
          officers: [
            { id: 'pati-a', name: 'Petugas Contoh', whatsapp: '+62 812-3456-7890', role: 'officer' },
          ],
        });
        Object.assign(officeOf(data, 'uptd-jateng'), {
          officers: [{ id: 'jateng-a', name: 'Petugas Contoh', whatsapp: '0812 3456 7890', role: 'officer' }],
        });
      },
      `officers[0].whatsapp: this WhatsApp number is also officer`,
    ],
    [
      'an officer language the hotline does not write officers in',
      (data) =>
        Object.assign(pati(data), {
          officers: [{ id: 'pati-a', name: 'Petugas Contoh', telegram: 5, role: 'officer', language: 'jv' }],
        }),
      'uptd-pati: officers[0].language: "jv" is not valid; expected id (default) or en',
    ],
    [
      'on-call naming a missing officer',
      (data) => Object.assign(pati(data), { oncall: ['pati-a', 'pati-x'] }),
      'uptd-pati: oncall[1]: "pati-x" is not an officer of this office',
    ],
    [
      "on-call naming another office's officer",
      (data) =>
        Object.assign(officeOf(data, 'uptd-jateng'), {
          officers: [{ id: 'jateng-a', name: 'Petugas Contoh', telegram: 5, role: 'officer' }],
          oncall: [{ officer: 'pati-a' }],
        }),
      'uptd-jateng: oncall[0].officer: "pati-a" is not an officer of this office',
    ],
    [
      'an on-call window with only a start',
      (data) => Object.assign(pati(data), { oncall: [{ officer: 'pati-a', from: '08:00' }] }),
      'uptd-pati: oncall[0]: give both from and to',
    ],
    [
      'an unreachable officer',
      (data) =>
        Object.assign(pati(data), { officers: [{ id: 'pati-a', name: 'Petugas Contoh', role: 'officer' }] }),
      'uptd-pati: officers[0]: "pati-a" has no telegram or whatsapp',
    ],
    [
      'a verified office with a placeholder number',
      (data) => Object.assign(pati(data), { verified: true }),
      'uptd-pati: phone: "+62 000-0000-0000" is a placeholder',
    ],
    [
      'a verified office without contacts',
      (data) => Object.assign(officeOf(data, 'uptd-jateng'), { verified: true }),
      'uptd-jateng: verified: a verified office is shown to reporters, so it needs a phone or whatsapp',
    ],
    [
      "a placeholder number in a verified office's alur layanan",
      (data) =>
        Object.assign(officeOf(data, 'sapa-129'), {
          alurLayanan: '1. Telepon 129.\n2. Atau WhatsApp +62 000-0000-0000.',
        }),
      'sapa-129: alurLayanan: "+62 000-0000-0000" is a placeholder',
    ],
    [
      'an alur layanan longer than one chat message',
      (data) => Object.assign(officeOf(data, 'sapa-129'), { alurLayanan: 'x'.repeat(1501) }),
      'sapa-129: alurLayanan:',
    ],
    [
      'no national office',
      (data) => data.offices.splice(0, 1, { ...officeOf(data, 'sapa-129'), kind: 'provincial' }),
      'offices.yaml: offices: no office has kind national',
    ],
    [
      'two national offices',
      (data) => data.offices.push({ ...officeOf(data, 'sapa-129'), id: 'sapa-lagi' }),
      'sapa-lagi: kind: "sapa-129" is already the national office',
    ],
    [
      'an alias used by two offices',
      (data) => Object.assign(officeOf(data, 'uptd-jateng'), { aliases: ['bumi mina tani'] }),
      'uptd-pati: aliases[0]: "Bumi Mina Tani" is already an alias of "uptd-jateng"',
    ],
  ])('should name office and field for %s', (_name, change, expected) => {
    expect(problemsAfter(change)).toContainEqual(expect.stringContaining(expected));
  });

  it("should keep an unverified office's alur layanan with a warning that reporters do not see it yet", () => {
    const data = smallDirectory();
    Object.assign(pati(data), { alurLayanan: '1. Datang ke kantor.\n2. Konseling.' });
    Object.assign(officeOf(data, 'sapa-129'), { alurLayanan: '1. Telepon 129.' });
    const result = checkDirectoryText(toYaml(data), 'offices.yaml');
    expect(result.problems).toEqual([]);
    expect(result.warnings).toContainEqual(
      'uptd-pati: alurLayanan: not shown to reporters until the office is verified: true',
    );
    expect(result.warnings.filter((w) => w.startsWith('sapa-129'))).toEqual([]);
    expect(parseDirectory(toYaml(data)).byId.get('uptd-pati')?.alurLayanan).toBe(
      '1. Datang ke kantor.\n2. Konseling.',
    );
  });

  it('should say where an office without its own zone got one: its region or the office above it', () => {
    const data = smallDirectory();
    Object.assign(pati(data), { regions: [], aliases: [] });
    delete (pati(data) as Partial<OfficeData>).timezone;
    delete (officeOf(data, 'uptd-jateng') as Partial<OfficeData>).timezone;
    const { warnings } = checkDirectoryText(toYaml(data), 'offices.yaml');
    expect(warnings).toContainEqual(
      'uptd-pati: timezone: not set; using Asia/Jakarta from the office above it ("uptd-jateng") (add timezone to be explicit)',
    );
    expect(warnings).toContainEqual(
      'uptd-jateng: timezone: not set; using Asia/Jakarta from its region (add timezone to be explicit)',
    );
  });

  it('should report a misspelt officer key once, not also every rota line of that office', () => {
    // Officer trial: `telgram:` read as four errors, three of them "pati-a is not an officer".
    const problems = problemsAfter((data) =>
      Object.assign((pati(data).officers as OfficeData[])[0] ?? {}, { telgram: 1 }),
    );
    expect(problems).toEqual([expect.stringContaining('uptd-pati: officers[0].telgram: unknown key')]);
  });

  it('should name an office without an id by its position', () => {
    const problems = problemsAfter((data) => delete (pati(data) as Partial<OfficeData>).id);
    expect(problems).toContainEqual(expect.stringMatching(/^offices\[2\]: id: missing/));
  });

  it('should name an office with a malformed id by that id, so it can be found in the file', () => {
    const problems = problemsAfter((data) => Object.assign(pati(data), { id: 'Bad Id' }));
    expect(problems).toContainEqual(expect.stringMatching(/^Bad Id: id: "Bad Id" is not valid/));
  });

  it('should report YAML syntax errors with their line', () => {
    const { problems } = checkDirectoryText('offices:\n  - id: a\n    name: [unclosed\n', 'offices.yaml');
    expect(problems[0]).toMatch(/^offices\.yaml: line \d+: /);
  });

  it('should refuse a key given twice instead of keeping the last one', () => {
    const yaml = toYaml(smallDirectory()).replace('    phone: "+62 000-0000-0000"\n', '');
    const doubled = yaml.replace('  - id: uptd-pati\n', '  - id: uptd-pati\n    verified: true\n');
    expect(checkDirectoryText(doubled, 'offices.yaml').problems).toContainEqual(
      expect.stringMatching(/^offices\.yaml: line \d+:/),
    );
  });

  it('should report every problem in one run, also from other offices', () => {
    const problems = problemsAfter((data) => {
      Object.assign(pati(data), { timezone: 'Asia/Jakrta', phnoe: '1' });
      Object.assign(officeOf(data, 'uptd-jateng'), { parent: 'nowhere' });
    });
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringContaining('uptd-pati: phnoe'),
        expect.stringContaining('uptd-jateng: parent'),
      ]),
    );
  });

  it("should report an office's region and parent even when one of its fields has the wrong form", () => {
    const problems = problemsAfter((data) => {
      const office = officeOf(data, 'uptd-jateng');
      Object.assign(office, { phone: 'nomor kantor', parent: 'nowhere', regions: ['Kabupaten Tidakada'] });
    });
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/uptd-jateng: phone: /),
        expect.stringMatching(/uptd-jateng: parent: /),
        expect.stringMatching(/uptd-jateng: regions/),
      ]),
    );
    // The phone the schema refused is told once, not again as missing.
    expect(problems.filter((problem) => problem.includes('uptd-jateng: phone'))).toHaveLength(1);
  });
});
