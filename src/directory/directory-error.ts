/** The directory file cannot be used; `problems` lists every reason, one line each. */
export class DirectoryError extends Error {
  readonly code = 'directory_invalid';

  constructor(
    /** Each as `<office id>: <field path>: <what is wrong and what to do>`. */
    readonly problems: readonly string[],
    options?: { cause?: unknown },
  ) {
    super(
      `The offices directory has ${problems.length} problem(s):\n${problems.map((p) => `  - ${p}`).join('\n')}`,
      options,
    );
    this.name = 'DirectoryError';
  }
}
