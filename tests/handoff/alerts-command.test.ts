import { describe, expect, it, vi } from 'vitest';
import { alertsCommand } from '../../src/cli/alerts-command.js';
import { EXAMPLE_DIRECTORY_FILE, loadDirectory } from '../../src/directory/index.js';
import { HandoffScene } from './handoff-harness.js';

async function output(run: () => Promise<number>): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const spies = [
    vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => out.push(String(chunk)) > 0),
    vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => err.push(String(chunk)) > 0),
  ];
  try {
    const code = await run();
    return { code, out: out.join(''), err: err.join('') };
  } finally {
    for (const spy of spies) spy.mockRestore();
  }
}

describe('hotline alerts', () => {
  it("should show an office admin its alerts and their audit trail, and no other office's", async () => {
    const scene = HandoffScene.open();
    const directory = loadDirectory(EXAMPLE_DIRECTORY_FILE);
    try {
      await scene.reporterSays('tolong suami saya mau bunuh saya, dia bawa parang sekarang');
      await scene.reporterSays('Palu');
      await scene.wait(130);
      await scene.officerSays('palu-a', { type: 'choice', optionId: 'claim:1' });

      const palu = await output(() => alertsCommand(['uptd-palu'], scene.hotline, directory));
      expect(palu.code).toBe(0);
      const reference = scene.reporter.latestCase()!.reference;
      // Monday 2026-01-05 03:00 UTC is 11:00 in Palu (WITA).
      expect(palu.out).toBe(
        `#1 ${reference} · uptd-palu · urgent · claimed by palu-a, claimed after 2 min 10 s · raised 2026-01-05 11:00:00 WITA\n` +
          '    2026-01-05 11:00:00  palu-a  alert_sent\n' +
          '    2026-01-05 11:00:00  palu-a  alert_delivered\n' +
          '    2026-01-05 11:02:10  palu-a  claimed\n',
      );
      expect(palu.out).not.toContain('parang'); // ids and times only
      // The provincial office sees the alerts of the offices below it; another province does not.
      expect((await output(() => alertsCommand(['uptd-sulteng'], scene.hotline, directory))).out).toContain(
        '#1 ',
      );
      expect((await output(() => alertsCommand(['uptd-sumbar'], scene.hotline, directory))).out).toBe(
        'No alerts for UPTD PPA Provinsi Sumatera Barat yet.\n',
      );
      expect(await output(() => alertsCommand(['--limit', '0'], scene.hotline, directory))).toMatchObject({
        code: 2,
        err: '--limit needs a whole number above 0, such as --limit 50\n',
      });
    } finally {
      await scene.reporter.close();
    }
  });
});
