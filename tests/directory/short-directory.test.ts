import { afterEach, describe, expect, it } from 'vitest';
import { checkDirectoryText, loadDirectoryWithWarnings } from '../../src/directory/directory-loader.js';
import { Conversation } from '../support/conversation-harness.js';

const SHORT_FILE = new URL('./fixtures/short-offices.yaml', import.meta.url).pathname;

describe('a directory written the short way', () => {
  it('should load with warnings, not errors, and fill in the defaults', () => {
    const { directory, warnings } = loadDirectoryWithWarnings(SHORT_FILE);
    const jambi = directory.byId.get('uptd-jambi');
    expect(jambi?.officers.map((officer) => officer.role)).toEqual(['officer', 'supervisor']);
    expect(jambi?.ackTimeoutSeconds).toBe(3);
    // Left out: the zone comes from the province (Jambi keeps WIB), an office is unverified.
    expect(jambi?.timezone).toBe('Asia/Jakarta');
    expect(jambi?.verified).toBe(false);
    expect(directory.national.aliases).toEqual(['sapa', 'sapa 129', 'nasional']);
    expect(warnings).toEqual([
      expect.stringMatching(/^uptd-jambi: ackTimeoutSeconds: 3 s is shorter than a minute/),
      expect.stringMatching(/^uptd-jambi: timezone: not set; using Asia\/Jakarta from its region/),
    ]);
  });

  it('should take a province in another zone from its region', () => {
    const yaml = `offices:
  - { id: sapa, name: SAPA 129, kind: national, verified: true, phone: "129" }
  - { id: uptd-palu, name: UPTD PPA Kota Palu, kind: uptd_ppa, regions: [Kota Palu], parent: sapa }
  - { id: uptd-papua, name: UPTD PPA Kota Jayapura, kind: uptd_ppa, regions: [Kota Jayapura], parent: sapa }
`;
    const { directory } = checkDirectoryText(yaml, 'offices.yaml');
    expect(directory?.byId.get('uptd-palu')?.timezone).toBe('Asia/Makassar');
    expect(directory?.byId.get('uptd-papua')?.timezone).toBe('Asia/Jayapura');
  });
});

describe('an alias of an office without regions', () => {
  let conversation: Conversation | undefined;
  afterEach(async () => {
    await conversation?.close();
    conversation = undefined;
  });

  it.each([['kontak SAPA'], ['nomor sapa 129'], ['kontak nasional']])(
    'should name that office: "%s" shows its verified contacts',
    async (question) => {
      conversation = Conversation.open({ directoryFile: SHORT_FILE });
      const [reply] = await conversation.run([question]);
      const text = reply?.map((message) => message.text).join('\n') ?? '';
      expect(text).toContain('SAPA 129 (KemenPPPA)');
      expect(text).toContain('129');
      expect(conversation.latestCase()).toBeUndefined();
    },
  );
});

describe('what stays an error', () => {
  const base = `offices:
  - { id: sapa, name: SAPA 129, kind: national, aliases: [sapa], verified: true, phone: "129" }
  - id: uptd-jambi
    name: UPTD PPA Kota Jambi
    kind: uptd_ppa
    regions: [Kota Jambi]
    parent: sapa
    officers: [{ id: jambi-a, name: A, telegram: 2001 }]
    oncall: [jambi-a]
`;
  const office = (yaml: string) => `${base}${yaml}`;

  it.each([
    ['an unknown key', base.replace('parent: sapa', 'parnet: sapa'), /^uptd-jambi: parnet: unknown key/],
    [
      'a duplicate office id',
      office('  - { id: uptd-jambi, name: Dua, kind: uptd_ppa, regions: [Kab. Pati], parent: sapa }\n'),
      /^uptd-jambi: id: the id "uptd-jambi" is used by two offices/,
    ],
    [
      'a missing parent',
      base.replace('parent: sapa', 'parent: nowhere'),
      /^uptd-jambi: parent: no office has the id "nowhere"/,
    ],
    [
      'a looping parent',
      office(
        '  - { id: a, name: A, kind: uptd_ppa, regions: [Kab. Pati], parent: b }\n  - { id: b, name: B, kind: provincial, regions: [Jawa Tengah], parent: a }\n',
      ),
      /^a: parent: the parent chain loops/,
    ],
    [
      'two offices claiming one region',
      office('  - { id: uptd-dua, name: Dua, kind: uptd_ppa, regions: [Kota Jambi], parent: sapa }\n'),
      /^uptd-dua: regions\[0\]: 15\.71 is already served by "uptd-jambi"/,
    ],
    [
      'an on-call entry naming no officer',
      base.replace('oncall: [jambi-a]', 'oncall: [jambi-b]'),
      /^uptd-jambi: oncall\[0\]: "jambi-b" is not an officer/,
    ],
    [
      'a verified office without a number',
      base.replace('parent: sapa\n', 'parent: sapa\n    verified: true\n'),
      /^uptd-jambi: verified: a verified office is shown to reporters, so it needs a phone or whatsapp/,
    ],
    [
      "an alias that is another office's alias",
      base.replace('parent: sapa\n', 'parent: sapa\n    aliases: [sapa]\n'),
      /^uptd-jambi: aliases\[0\]: "sapa" is already an alias of "sapa"/,
    ],
    [
      'an alias that is a region another office serves',
      base.replace('aliases: [sapa]', 'aliases: [sapa, jambi]'),
      /^sapa: aliases\[1\]: "jambi" is the name of a region "uptd-jambi" serves/,
    ],
  ])('should refuse %s, naming the office and the field', (_name, yaml, expected) => {
    const { problems, directory } = checkDirectoryText(yaml, 'offices.yaml');
    expect(directory).toBeUndefined();
    expect(problems).toContainEqual(expect.stringMatching(expected));
  });

  it('should not also call the national office missing when it has an error of its own', () => {
    const { problems } = checkDirectoryText(
      base.replace('aliases: [sapa]', 'aliases: [sapa], fax: "1"'),
      'offices.yaml',
    );
    expect(problems).toEqual([expect.stringMatching(/^sapa: fax: unknown key/)]);
  });
});
