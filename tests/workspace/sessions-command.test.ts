import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runHotline } from '../support/cli.js';
import { inspectDatabase } from '../support/inspect-database.js';
import { TEST_KEY, tempDir } from '../support/test-hotline.js';

describe('hotline sessions', () => {
  it("should list who is signed in to the workspace and end an officer's sessions", async () => {
    const dir = tempDir();
    const env = { DATABASE_URL: join(dir.dir, 'hotline.db'), DATA_KEY: TEST_KEY.key.toString('base64') };
    expect((await runHotline(['migrate'], env)).code).toBe(0);
    const now = Date.now();
    const data = inspectDatabase(env.DATABASE_URL, [TEST_KEY]);
    data.repos.officerSessions.open({
      sessionId: 'cookie-a',
      officerId: 'palu-a',
      now,
      expiresAt: now + 600_000,
    });
    data.repos.officerSessions.open({
      sessionId: 'cookie-b',
      officerId: 'palu-b',
      now,
      expiresAt: now + 600_000,
    });

    const list = await runHotline(['sessions', 'list'], env);
    expect(list.code).toBe(0);
    expect(list.stdout).toMatch(/^palu-a {2}signed in .* UTC/m);
    expect(list.stdout).toMatch(/^palu-b /m);
    expect(list.stdout).not.toContain('cookie-a');

    const ended = await runHotline(['sessions', 'end', 'palu-a'], env);
    expect(ended.stdout).toBe('Ended 1 session(s) of palu-a.\n');
    expect(data.repos.officerSessions.find('cookie-a', now)).toBeUndefined();
    expect(data.repos.officerSessions.find('cookie-b', now)).toBeDefined();
    expect((await runHotline(['sessions', 'end', 'nobody-x'], env)).code).toBe(2);
    expect((await runHotline(['sessions', 'end', '--all'], env)).stdout).toBe('Ended 1 session(s).\n');
    expect(data.repos.desk.officerEvents('admin-cli', 0).map((e) => e.action)).toEqual([
      'sessions_ended',
      'sessions_ended',
    ]);
    dir.cleanup();
  }, 90_000); // six processes, each loading the directory and the region list
});
