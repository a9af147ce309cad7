import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    globalSetup: ['tests/support/build-once.ts'],
    // Restart and webhook tests start real servers and SQLite files; keep them isolated per file.
    pool: 'forks',
    // Vitest's default is one worker fewer than the cores: one worker on CI's 2-core machine. Most of
    // the slow files wait on child processes, PostgreSQL and sockets rather than the CPU, so one more
    // worker than cores finished the suite in 207 s instead of 362 s (4 workers: 230 s, CPU-bound).
    maxWorkers: availableParallelism() + 1,
    testTimeout: 20_000,
    hookTimeout: 20_000,
  },
});
