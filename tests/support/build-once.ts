// Vitest global set-up: compile the service once, as `npm start` does, for the tests that run the
// `hotline` command as a process (tests/support/cli.ts).
import { execFileSync } from 'node:child_process';

export default function setup(): void {
  execFileSync('npm', ['run', '--silent', 'build'], { stdio: 'inherit' });
}
