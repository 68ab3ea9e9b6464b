import "server-only";

export type AuthErrorKind = "unauthenticated" | "forbidden" | "not_found";

/**
 * Thrown by the guards. "not_found" is used for records outside the caller's reach so
 * their existence is not revealed; pages turn it into a 404 (see guard-page.ts).
 */
export class AuthError extends Error {
  readonly kind: AuthErrorKind;
  constructor(kind: AuthErrorKind, message?: string) {
    super(message ?? kind);
    this.name = "AuthError";
    this.kind = kind;
  }
}

export function isAuthError(error: unknown): error is AuthError {
  return error instanceof AuthError;
}
