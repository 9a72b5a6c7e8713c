/** A mistake in how the command was called: printed as one line with the usage, exit 1. */
export class UsageError extends Error {
  override readonly name = "UsageError";
  constructor(
    message: string,
    readonly usage?: string,
  ) {
    super(message);
  }
}

/** A user-facing failure that is not tied to a data file (a missing folder, say): one line, exit 1. */
export class UserError extends Error {
  override readonly name = "UserError";
  constructor(
    message: string,
    readonly hint?: string,
  ) {
    super(message);
  }
}
