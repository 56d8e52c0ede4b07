/** A problem the person running the command can fix (bad input); the message is Thai and printed as is. */
export class UserError extends Error {
  override readonly name = 'UserError';
}
