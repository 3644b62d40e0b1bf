/**
 * The sign-in and sign-up schemas, imported lazily by those pages (`lazySchemaResolver`): a module of its
 * own, so the lazy chunk holds these two schemas and zod, not the whole of @partwise/shared.
 */
export { SignIn, SignUp } from '@partwise/shared';
