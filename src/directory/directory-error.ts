/** The directory file cannot be used; `problems` lists every reason, one line each. */
export class DirectoryError extends Error {
  readonly code = 'directory_invalid';

  constructor(
    /** Each as `<office id>: <field path>: <what is wrong and what to do>`. */
    readonly problems: readonly string[],
    options?: { cause?: unknown; file?: string },
  ) {
    const where = options?.file ? ` (${options.file}, DIRECTORY_FILE)` : '';
    super(
      `The offices directory${where} has ${problems.length} problem(s):\n${problems.map((p) => `  - ${p}`).join('\n')}`,
      options,
    );
    this.name = 'DirectoryError';
    this.file = options?.file;
  }

  /** The file the problems are in, when it came from one. */
  readonly file: string | undefined;
}
