/**
 * What `serve` warns about at start (installer trial): a production start on the shipped example
 * offices, with no channel at all, or with an administrator id the directory does not know, said
 * nothing of it.
 */
import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/config.js';
import { startupWarnings } from '../../src/config/startup-warnings.js';
import { EXAMPLE_DIRECTORY_FILE, loadDirectory } from '../../src/directory/index.js';

const KEY = randomBytes(32).toString('base64');
const SHORT_FILE = new URL('../directory/fixtures/short-offices.yaml', import.meta.url).pathname;

describe('start-up warnings', () => {
  it('should name the example offices, the missing channels and an unknown administrator', () => {
    const config = loadConfig({
      NODE_ENV: 'production',
      DATA_KEY: KEY,
      WORKSPACE_ADMINS: 'nobody-here,palu-s',
    });
    const warnings = startupWarnings(config, loadDirectory(EXAMPLE_DIRECTORY_FILE));
    expect(warnings).toEqual([
      expect.stringMatching(/^DIRECTORY_FILE is not set: the shipped example offices are in use/),
      expect.stringMatching(/^no channel is on: nobody can write to this hotline/),
      expect.stringMatching(
        /^WORKSPACE_ADMINS names "nobody-here", not an officer in .*offices\.example\.yaml/,
      ),
    ]);
  });

  it('should say nothing of a configuration that reaches people', () => {
    const config = loadConfig({
      NODE_ENV: 'production',
      DATA_KEY: KEY,
      DIRECTORY_FILE: SHORT_FILE,
      TELEGRAM_BOT_TOKEN: '123:abc',
      WORKSPACE_ADMINS: 'jambi-a',
    });
    expect(startupWarnings(config, loadDirectory(SHORT_FILE))).toEqual([]);
    // The web chat alone is a channel (development turns it on).
    const local = loadConfig({ DIRECTORY_FILE: SHORT_FILE });
    expect(startupWarnings(local, loadDirectory(SHORT_FILE))).toEqual([]);
  });
});
