import { ERROR_STATUS, type ErrorCode, type Verdict } from '@partwise/shared';

/**
 * Thrown by services, jobs and routes alike; the HTTP error handler turns it into the one error shape.
 * It lives outside http/ so that code with no request (a scheduled job, a webhook handler) can throw it.
 */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly fields?: Record<string, string>;

  constructor(code: ErrorCode, message: string, fields?: Record<string, string>) {
    // A client's mistake (4xx) is an answer, not a fault to debug: its stack trace was ~2 % of a 404's CPU.
    const stackDepth = Error.stackTraceLimit;
    if (ERROR_STATUS[code] < 500) Error.stackTraceLimit = 0;
    super(message);
    Error.stackTraceLimit = stackDepth;
    this.name = 'AppError';
    this.code = code;
    this.fields = fields;
  }

  get status(): number {
    return ERROR_STATUS[this.code];
  }
}

export const notFound = (what: string) => new AppError('NOT_FOUND', `${what} not found`);

/** The status an allowed action leads to; a refused one is thrown as the refusal says (409 or 422). */
export function permitted<S extends string>(verdict: Verdict<S>): S {
  if (!verdict.ok) throw new AppError(verdict.refusal.code, verdict.refusal.message);
  return verdict.to;
}
