/** HTTP contracts (shared/api/contracts.ts): The local stand-in for Cognito sign-in (infra/local): passwords and tokens. */
import * as z from 'zod/mini';

export const tokenRequest = z.strictObject({
  username: z.string().check(z.minLength(1), z.maxLength(100)),
  password: z.string().check(z.minLength(1), z.maxLength(200)),
});

/** Local sign-in: a new password (after an admin's reset), with the current one. */
export const passwordChangeRequest = z.strictObject({
  username: z.string().check(z.minLength(1), z.maxLength(100)),
  password: z.string().check(z.minLength(1), z.maxLength(200)),
  newPassword: z.string().check(z.minLength(12), z.maxLength(200)),
});

/** Local sign-in: a new access token for the session (Cognito's REFRESH_TOKEN_AUTH in AWS). */
export const refreshRequest = z.strictObject({
  refreshToken: z.string().check(z.minLength(1), z.maxLength(4_000)),
});

export const tokenResponse = z.object({
  accessToken: z.string(),
  expiresIn: z.int(),
  refreshToken: z.string(),
  tokenType: z.literal('Bearer'),
});
