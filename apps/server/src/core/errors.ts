import { ERROR_STATUS, type ErrorCode } from '@partwise/shared';

/**
 * Thrown by services, jobs and routes alike; the HTTP error handler turns it into the one error shape.
 * It lives outside http/ so that code with no request (a scheduled job, a webhook handler) can throw it.
 */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly fields?: Record<string, string>,
  ) {
    super(message);
    this.name = 'AppError';
  }

  get status(): number {
    return ERROR_STATUS[this.code];
  }
}

export const notFound = (what: string) => new AppError('NOT_FOUND', `${what} not found`);
