import { z } from 'zod';

/** The one error shape, as a schema for documentation and for routes that answer it on purpose. */
export const ErrorResponse = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    fields: z.record(z.string(), z.string()).optional(),
  }),
});
