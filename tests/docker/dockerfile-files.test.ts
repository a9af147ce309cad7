/**
 * The runtime image carries every file the code reads from the project root at run time: a file
 * read with `join(PROJECT_ROOT, '…')` but not copied would pass every test here and fail only in
 * the container (the web chat's script, the PostgreSQL migrations were once missing).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/lib/project-root.js';
import { startCommand } from '../support/start-command.js';

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : path.endsWith('.ts') ? [path] : [];
  });
}

describe('the Docker image', () => {
  it('should copy every file the code reads from the project root', () => {
    const read = new Set<string>();
    for (const file of sourceFiles(join(PROJECT_ROOT, 'src')))
      for (const match of readFileSync(file, 'utf8').matchAll(/PROJECT_ROOT, '([^']+)'/g))
        read.add(match[1]!);
    expect(read.size).toBeGreaterThan(5);
    const dockerfile = readFileSync(join(PROJECT_ROOT, 'Dockerfile'), 'utf8');
    const runtime = dockerfile.slice(dockerfile.lastIndexOf('\nFROM '));
    const copied = [...runtime.matchAll(/^COPY (?!--from)(.+) \S+$/gm)].flatMap((m) => m[1]!.split(/\s+/));
    // node_modules comes whole from the build stage.
    const covered = (path: string) =>
      path.startsWith('node_modules/') ||
      copied.some((source) => path === source || path.startsWith(`${source}/`));
    expect([...read].filter((path) => !covered(path)).map((path) => relative('.', path))).toEqual([]);
  });

  it('should copy the local packages package.json installs, before npm ci and into the runtime image', () => {
    const manifest = JSON.parse(readFileSync(join(PROJECT_ROOT, 'package.json'), 'utf8')) as {
      dependencies: Record<string, string>;
    };
    const local = Object.values(manifest.dependencies)
      .filter((spec) => spec.startsWith('file:'))
      .map((spec) => spec.slice('file:'.length).split('/')[0]!);
    expect(local).toContain('vendor');
    const dockerfile = readFileSync(join(PROJECT_ROOT, 'Dockerfile'), 'utf8');
    const runtimeAt = dockerfile.lastIndexOf('\nFROM ');
    const build = dockerfile.slice(0, runtimeAt);
    for (const folder of new Set(local)) {
      // npm ci resolves `file:` folders, so they must be there first; node_modules only links to them.
      expect(build.indexOf(`COPY ${folder} ./${folder}`)).toBeGreaterThan(-1);
      expect(build.indexOf(`COPY ${folder} ./${folder}`)).toBeLessThan(build.indexOf('RUN npm ci'));
      expect(dockerfile.slice(runtimeAt)).toContain(`COPY --from=build /app/${folder} ./${folder}`);
    }
  });

  it('should start the service as npm start does: its environment and its Node flags', () => {
    // The defaults, whatever the environment of this test run sets.
    const start = startCommand({});
    const dockerfile = readFileSync(join(PROJECT_ROOT, 'Dockerfile'), 'utf8');
    const cmd = /^CMD (\[.*\])$/m.exec(dockerfile);
    expect(cmd).not.toBeNull();
    expect(start.flags.length).toBeGreaterThan(0);
    expect(JSON.parse(cmd![1]!)).toEqual(['node', ...start.flags, 'dist/src/cli/main.js', 'serve']);
    const runtime = dockerfile.slice(dockerfile.lastIndexOf('\nFROM '));
    expect(Object.keys(start.env).length).toBeGreaterThan(0);
    for (const [name, value] of Object.entries(start.env))
      expect(runtime).toMatch(new RegExp(`\\b${name}=${value}\\b`));
  });
});
