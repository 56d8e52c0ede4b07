/** An error the fake server answers with, in the JSON shape the real API uses for that service. */
export class GoogleApiError extends Error {
  constructor(
    readonly httpStatus: number,
    message: string,
    /** Sheets (google.rpc) status, e.g. INVALID_ARGUMENT. */
    readonly rpcStatus = 'INVALID_ARGUMENT',
    /** Drive v3 `errors[].reason`, e.g. notFound. */
    readonly reason = 'invalid',
  ) {
    super(message);
  }
}

export const invalid = (message: string) => new GoogleApiError(400, message, 'INVALID_ARGUMENT', 'invalid');
export const notFound = (message: string) => new GoogleApiError(404, message, 'NOT_FOUND', 'notFound');
