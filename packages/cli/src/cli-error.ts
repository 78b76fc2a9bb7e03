/**
 * A failure the user can act on: printed as one line (`ispkit: <message>`), never with a stack,
 * and ends the process with `exitCode`.
 */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode = 2,
  ) {
    super(message);
    this.name = 'CliError';
  }
}
