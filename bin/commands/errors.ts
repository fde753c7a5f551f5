/** Errors the CLI maps to exit codes: 2 for usage, the error's own code for the others. */

/** Wrong arguments: the CLI prints the message and the usage, and exits with 2. */
export class UsageError extends Error {}

/** A failure with its own exit code (1 unreachable or missing, 3 a checksum that does not match). */
export class CommandError extends Error {
  constructor(message: string, readonly exitCode: number) {
    super(message);
  }
}

/** Exit code of a file whose bytes do not match the manifest. */
export const EXIT_CHECKSUM_MISMATCH = 3;
