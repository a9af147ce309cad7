/** The clock port: the only place that reads the time, so tests can move it. */
export interface Clock {
  now(): number;
}

export const systemClock: Clock = { now: () => Date.now() };

/** A clock for tests and golden transcripts. */
export class ManualClock implements Clock {
  constructor(private time = Date.UTC(2026, 0, 5, 3, 0, 0)) {}
  now(): number {
    return this.time;
  }
  advance(ms: number): void {
    this.time += ms;
  }
}
