import { createHash } from 'node:crypto';
import { databaseName } from '../../src/server.js';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig, withoutPassword } from '../../src/config/config.js';

const KEY = createHash('sha256').update('config test key').digest('base64');
const CLOUD = {
  WHATSAPP_ACCESS_TOKEN: 'token',
  WHATSAPP_PHONE_NUMBER_ID: '1234567890',
  WHATSAPP_APP_SECRET: 'secret',
  WHATSAPP_VERIFY_TOKEN: 'verify',
};

describe('loadConfig', () => {
  it('should give working defaults with no environment at all', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      port: 3000,
      host: '127.0.0.1',
      nodeEnv: 'development',
      telegram: undefined,
    });
    expect(config.databaseFile).toMatch(/data\/hotline\.db$/);
    expect(config.dataKeys).toBeUndefined();
  });

  it.each([
    [{ PORT: 'abc' }, 'PORT', /PORT must be an integer between 0 and 65535 \(got "abc"\)/],
    [{ PORT: '70000' }, 'PORT', /PORT must be an integer/],
    [{ NODE_ENV: 'prod' }, 'NODE_ENV', /NODE_ENV must be one of development, production, test/],
    [{ NODE_ENV: 'production' }, 'DATA_KEY', /DATA_KEY is required in production/],
    [{ DATA_KEY: 'short' }, 'DATA_KEY', /DATA_KEY must be 32 random bytes.*the key is not 32 bytes/],
    [{ DATA_KEY: Buffer.alloc(32).toString('base64') }, 'DATA_KEY', /the key is guessable/],
    [{ DATA_KEY: Buffer.alloc(32, 7).toString('hex') }, 'DATA_KEY', /the key is guessable/],
    [{ DATA_KEY: `#! ${KEY}` }, 'DATA_KEY', /the key is not 32 bytes in base64 or hex/],
    [{ DATA_KEY: `${KEY.slice(0, 20)}!!${KEY.slice(22)}` }, 'DATA_KEY', /not 32 bytes/],
    [{ DATA_KEY: `${KEY},zz` }, 'DATA_KEY', /key 2 of 2 is not 32 bytes/],
    [
      { DATABASE_URL: '/dev/null' },
      'DATABASE_URL',
      /names \/dev\/null, which is a device or other special file/,
    ],
    [{ DATABASE_URL: '/tmp' }, 'DATABASE_URL', /names \/tmp, which is a directory/],
    [
      { DATABASE_URL: 'mysql://x/y' },
      'DATABASE_URL',
      /a SQLite file path, a file: URL or a postgres:\/\/ URL/,
    ],
    [
      { DATABASE_URL: 'postgresql+psycopg://hotline@db:5432/hotline' },
      'DATABASE_URL',
      /a SQLite file path, a file: URL or a postgres:\/\/ URL/,
    ],
    [{ DATABASE_URL: '127.0.0.1:5432/hotline' }, 'DATABASE_URL', /server address without its scheme/],
    [{ DATABASE_URL: 'db.internal:5432' }, 'DATABASE_URL', /write postgres:\/\/user@host:5432\/database/],
    [
      { TELEGRAM_BOT_TOKEN: '1:x', TELEGRAM_API_ROOT: 'ftp://x' },
      'TELEGRAM_API_ROOT',
      /must be an http\(s\) URL/,
    ],
    [{ TELEGRAM_BOT_TOKEN: '1:x', TELEGRAM_WEBHOOK_SECRET: 'has space' }, 'TELEGRAM_WEBHOOK_SECRET', /A-Z/],
    [
      { WHATSAPP_ACCESS_TOKEN: 't' },
      'WHATSAPP_PHONE_NUMBER_ID',
      /is required when WHATSAPP_ACCESS_TOKEN is set/,
    ],
    [{ BAILEYS_ENABLED: 'maybe' }, 'BAILEYS_ENABLED', /must be on or off/],
    [
      { ...CLOUD, WHATSAPP_PHONE_NUMBER_ID: '+62 811' },
      'WHATSAPP_PHONE_NUMBER_ID',
      /numeric phone number ID/,
    ],
    [{ ...CLOUD, WHATSAPP_API_VERSION: '23' }, 'WHATSAPP_API_VERSION', /must look like v23\.0/],
    [{ ...CLOUD, WHATSAPP_TEMPLATE_NAME: 'Follow Up' }, 'WHATSAPP_TEMPLATE_NAME', /lower-case/],
    [{ ...CLOUD, WHATSAPP_TEMPLATE_LANGUAGE: 'en' }, 'WHATSAPP_TEMPLATE_NAME', /is required when/],
    [
      { ...CLOUD, WHATSAPP_TEMPLATE_NAME: 'follow_up', WHATSAPP_TEMPLATE_LANGUAGE: 'indonesian' },
      'WHATSAPP_TEMPLATE_LANGUAGE',
      /language code/,
    ],
    [
      { WHATSAPP_TEMPLATE_NAME: 'follow_up' },
      'WHATSAPP_TEMPLATE_NAME',
      /only used with the WhatsApp Cloud API/,
    ],
  ])('should refuse %o naming %s', (env, variable, message) => {
    let error: unknown;
    try {
      loadConfig(env);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).variable).toBe(variable);
    expect((error as ConfigError).message).toMatch(message);
    expect((error as ConfigError).message).not.toContain('\n');
  });

  it('should accept a key list for rotation, newest first, in base64 or hex', () => {
    const hex = createHash('sha256').update('older key').digest('hex');
    const config = loadConfig({ NODE_ENV: 'production', DATA_KEY: `${KEY},${hex}` });
    expect(config.dataKeys).toHaveLength(2);
  });

  it('should never repeat a password from DATABASE_URL in its message', () => {
    let message = '';
    try {
      loadConfig({ DATABASE_URL: 'pg://hotline:s3cret-pw@127.0.0.1/hotline' });
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toContain('pg://hotline:***@127.0.0.1/hotline');
    expect(message).not.toContain('s3cret-pw');
    expect(withoutPassword('mysql://u:pa/ss@db/x')).toBe('mysql://u:***@db/x');
    expect(withoutPassword('mysql://db:3306/x')).toBe('mysql://db:3306/x');
  });

  it('should name the database an instance serves without its user or password', () => {
    const config = loadConfig({ DATABASE_URL: 'postgres://hotline:s3cret-pw@db.internal:6432/prov' });
    expect(databaseName(config)).toBe('PostgreSQL db.internal:6432/prov');
  });

  it('should run on PostgreSQL when DATABASE_URL is a postgres:// URL', () => {
    const config = loadConfig({ DATABASE_URL: 'postgres://hotline@db.internal:5432/hotline' });
    expect(config.postgresUrl).toBe('postgres://hotline@db.internal:5432/hotline');
    expect(config.databaseFile).toBe('');
  });

  it('should read the workspace administrators as directory ids, and refuse anything else', () => {
    expect(loadConfig({}).workspaceAdmins).toEqual([]);
    expect(loadConfig({ WORKSPACE_ADMINS: ' jambi-s, sapa-admin ,' }).workspaceAdmins).toEqual([
      'jambi-s',
      'sapa-admin',
    ]);
    expect(() => loadConfig({ WORKSPACE_ADMINS: 'jambi-s,rm -rf' })).toThrow(
      /WORKSPACE_ADMINS must be directory ids separated by commas \(got "rm -rf"\)/,
    );
  });

  it('should read PUBLIC_URL as the address notices link to, and refuse one that is not http(s)', () => {
    expect(loadConfig({}).publicUrl).toBeUndefined();
    expect(loadConfig({ PUBLIC_URL: 'https://hotline.example.org/' }).publicUrl).toBe(
      'https://hotline.example.org',
    );
    expect(() => loadConfig({ PUBLIC_URL: 'hotline.example.org' })).toThrow(
      /PUBLIC_URL must be an http\(s\) URL/,
    );
  });

  it('should pace Telegram sends unless TELEGRAM_RATE_LIMIT=off', () => {
    expect(loadConfig({}).telegramRateLimit).toBe(true);
    expect(loadConfig({ TELEGRAM_RATE_LIMIT: 'off' }).telegramRateLimit).toBe(false);
    expect(() => loadConfig({ TELEGRAM_RATE_LIMIT: 'sometimes' })).toThrow(/TELEGRAM_RATE_LIMIT must be/);
  });

  it('should turn on Telegram webhook mode only when a secret is set', () => {
    expect(loadConfig({ TELEGRAM_BOT_TOKEN: '1:x' }).telegram?.webhookSecret).toBeUndefined();
    expect(loadConfig({ TELEGRAM_BOT_TOKEN: '1:x', TELEGRAM_WEBHOOK_SECRET: 's-1' }).telegram).toMatchObject({
      apiRoot: 'https://api.telegram.org',
      webhookSecret: 's-1',
    });
  });

  it('should read the WhatsApp Cloud API settings with a version and an optional template', () => {
    expect(loadConfig(CLOUD).whatsappCloud).toEqual({
      accessToken: 'token',
      phoneNumberId: '1234567890',
      appSecret: 'secret',
      verifyToken: 'verify',
      apiRoot: 'https://graph.facebook.com',
      apiVersion: 'v23.0',
      template: undefined,
    });
    expect(
      loadConfig({ ...CLOUD, WHATSAPP_TEMPLATE_NAME: 'pesan_lanjutan' }).whatsappCloud?.template,
    ).toEqual({
      name: 'pesan_lanjutan',
      language: 'id',
    });
  });
});
