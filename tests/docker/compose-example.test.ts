/**
 * compose.yaml (several instances on PostgreSQL) cannot run here (no Docker), so it is checked for
 * what can go wrong silently: both replicas share one configuration, and that configuration, with
 * its variables filled in, is one the service accepts.
 */
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { loadConfig } from '../../src/config/config.js';
import { PROJECT_ROOT } from '../../src/lib/project-root.js';

const compose = parse(readFileSync(join(PROJECT_ROOT, 'compose.yaml'), 'utf8'), { merge: true }) as {
  services: Record<string, { environment?: Record<string, string>; configs?: { source: string }[] }>;
  configs: Record<string, { content: string }>;
};

/** `${NAME:?message}` and `${NAME:-default}` as docker compose fills them in. */
function interpolate(value: string, vars: Record<string, string>): string {
  return value.replace(/\$\{(\w+)(?::[?-]([^}]*))?\}/g, (_all, name: string, fallback = '') =>
    name in vars ? vars[name]! : fallback,
  );
}

describe('the compose example', () => {
  it('should run two replicas of one configuration the service accepts, behind the proxy', () => {
    const a = compose.services['hotline-a']!;
    const b = compose.services['hotline-b']!;
    expect(a.environment).toEqual(b.environment);
    const vars = { POSTGRES_PASSWORD: 'secret', DATA_KEY: randomBytes(32).toString('base64') };
    const env = Object.fromEntries(
      Object.entries(a.environment ?? {}).map(([name, value]) => [name, interpolate(String(value), vars)]),
    );
    const config = loadConfig({
      ...env,
      DIRECTORY_FILE: join(PROJECT_ROOT, 'src/directory/offices.example.yaml'),
    });
    expect(config.postgresUrl).toBe('postgres://hotline:secret@postgres:5432/hotline');
    expect(config.intake.webchat).toBe(true);
    expect(config.telegram).toBeUndefined();
    // The proxy sends traffic only to replicas whose /readyz answers (README → Scaling).
    const [caddyfile] = compose.services.proxy!.configs ?? [];
    const proxy = compose.configs[caddyfile!.source]!.content;
    expect(proxy).toMatch(/reverse_proxy hotline-a:3000 hotline-b:3000 \{/);
    expect(proxy).toMatch(/health_uri \/readyz/);
  });
});
