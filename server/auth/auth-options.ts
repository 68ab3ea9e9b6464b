import "server-only";
import type { AuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { safeReturnPath } from "@/lib/auth/safe-return-path";
import { SIGN_IN_ERROR } from "@/lib/validation/sign-in-schema";
import { env } from "../env.ts";
import { AUTH_SESSION_MAX_AGE_SECONDS, endAuthSession, startAuthSession } from "./auth-sessions.ts";
import { clientIpFromHeaders } from "./client-ip.ts";
import { verifyCredentials, type SignInFailureCode } from "./sign-in.ts";

// next-auth v4 with JWT sessions. The JWT carries only `uid` and `sid` (an AuthSession id);
// who the user is, their role and whether they may still sign in are read from the
// database on every request (resolve-current-user.ts).

/** Error strings the sign-in form receives from signIn(); the form maps them to messages. */
const SIGN_IN_ERROR_CODES: Record<SignInFailureCode, string> = {
  invalid_input: SIGN_IN_ERROR.invalidInput,
  invalid_credentials: SIGN_IN_ERROR.invalidCredentials,
  too_many_attempts: SIGN_IN_ERROR.tooManyAttempts,
};

export const authOptions: AuthOptions = {
  // A getter so that importing this module (e.g. during `next build`) does not demand the
  // secret; next-auth reads it per request, and env() validates it then.
  get secret() {
    return env().NEXTAUTH_SECRET;
  },
  session: { strategy: "jwt", maxAge: AUTH_SESSION_MAX_AGE_SECONDS },
  pages: { signIn: "/sign-in" },
  providers: [
    CredentialsProvider({
      name: "Email",
      credentials: {
        email: { label: "Email", type: "email" },
        password: { label: "Password", type: "password" },
      },
      async authorize(credentials, req) {
        const result = await verifyCredentials({
          email: credentials?.email,
          password: credentials?.password,
          ip: clientIpFromHeaders(req?.headers),
        });
        if (!result.ok) {
          // next-auth passes a thrown message through to signIn()'s `error`; returning null
          // gives the standard "CredentialsSignin".
          if (result.code === "invalid_credentials") return null;
          throw new Error(SIGN_IN_ERROR_CODES[result.code]);
        }
        return { id: result.user.id, email: result.user.email, name: result.user.name };
      },
    }),
  ],
  callbacks: {
    // Where next-auth sends the browser after signing in or out: only a path on this site.
    async redirect({ url, baseUrl }) {
      const path = url.startsWith(baseUrl) ? url.slice(baseUrl.length) || "/" : url;
      return baseUrl + safeReturnPath(path);
    },
    async jwt({ token, user, trigger }) {
      if (trigger === "signIn" && user) {
        // Keep the cookie small and free of anything the database should decide.
        return { sub: user.id, uid: user.id, sid: await startAuthSession(user.id) };
      }
      return token;
    },
    // What the browser sees at /api/auth/session: only that it is signed in. Server code
    // gets the user from getCurrentUser() instead.
    async session({ session }) {
      return { expires: session.expires };
    },
  },
  events: {
    async signOut({ token }) {
      if (typeof token?.sid === "string") await endAuthSession(token.sid);
    },
  },
};
