/**
 * The part of Express's request and response that the handlers use: Cloud Run functions (the Functions
 * Framework) pass Express objects, and tests pass plain ones, so nothing here depends on Express itself.
 */
export interface HttpRequest {
  method?: string;
  body?: unknown;
}

export interface HttpResponse {
  status(code: number): HttpResponse;
  json(body: unknown): void;
}

export type HttpHandler = (req: HttpRequest, res: HttpResponse) => Promise<void>;
