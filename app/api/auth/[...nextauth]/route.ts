import NextAuth from "next-auth";
import { authOptions } from "@/server/auth/auth-options";

// next-auth's endpoints: csrf, providers, callback/credentials, session, signout.
const handler = NextAuth(authOptions);

export { handler as GET, handler as POST };
