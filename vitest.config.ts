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
    // A worker runs its files one after another in one module cache instead of importing the
    // service afresh for each of the ~120 files: the whole suite's import time fell from 219 s to
    // 32 s (of CPU, summed over workers) and its wall time from 345 s to 210 s on this 2-core machine.
    // Every file makes its own service, database and servers and closes them, so nothing a test
    // relies on lives in module state; what could leak between files is undone after each test.
    isolate: false,
    unstubEnvs: true,
    unstubGlobals: true,
    restoreMocks: true,
    testTimeout: 20_000,
    hookTimeout: 20_000,
  },
});
