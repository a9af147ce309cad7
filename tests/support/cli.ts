/**
 * The `hotline` command as `npm start` runs it: compiled once into dist/ by the global set-up
 * (esbuild, under a second), so a test that starts it pays Node's start-up, not tsx compiling the
 * source on every spawn (two seconds each on this machine).
 */
import { join } from 'node:path';

export const CLI = join(import.meta.dirname, '..', '..', 'dist', 'src', 'cli', 'main.js');
