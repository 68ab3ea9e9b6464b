import "server-only";
import { expect } from "vitest";
import { FACTORY_PASSWORD, uniqueSuffix } from "@/prisma/seed/factories";
import { hashPassword } from "@/server/auth/password";
import { issueUserToken } from "@/server/auth/user-tokens";
import { db } from "@/server/db/client";
import type { Matrix, Outcome } from "../types.ts";
import { form } from "./helpers.ts";

// Sign-up and email links are public by design: anyone may sign up (the same answer for known
// and unknown addresses), and the one-time token in the verify form is the authorization,
// whoever is signed in. Changing one's own address needs a signed-in caller and their password.

const resultOk = (o: Outcome) => o.kind === "result" && o.ok;

async function unverifiedUserWithToken(used: boolean) {
  const user = await db().user.create({
    data: { email: `verify-${uniqueSuffix()}@accord.test`, name: "Signed Up", passwordHash: "!x", emailVerifiedAt: null },
    select: { id: true },
  });
  const { token } = await db().$transaction((tx) => issueUserToken(tx, user.id, "VERIFY_EMAIL"));
  if (used) await db().userToken.updateMany({ where: { userId: user.id }, data: { usedAt: new Date() } });
  return { user, token };
}

export const accountLinkEntries: Matrix = {
  "app/sign-up/actions.ts#signUpAction": {
    note: "Public by design; the same answer for known and unknown addresses (no account enumeration).",
    scenarios: [
      {
        name: "sign up with a new address",
        access: { action: "public.read" },
        perRole: true,
        prepare: async () => {
          const email = `signup-${uniqueSuffix()}@accord.test`;
          return {
            args: [null, form({ name: "New Delegate", email, password: "a long enough passphrase", locale: "ja" })],
            verify: async (o) => {
              expect(resultOk(o)).toBe(true);
              expect(await db().user.findUniqueOrThrow({ where: { email }, select: { emailVerifiedAt: true, role: true } })).toEqual({
                emailVerifiedAt: null,
                role: "DELEGATE",
              });
              expect(await db().mailMessage.count({ where: { toEmail: email, kind: "verify-email" } })).toBe(1);
            },
          };
        },
      },
    ],
  },
  "app/verify-email/actions.ts#verifyEmailAction": {
    note: "Public by design: the one-time token is the authorization.",
    scenarios: [
      {
        name: "verify an address with a valid link",
        access: { action: "public.read" },
        perRole: true,
        prepare: async () => {
          const { user, token } = await unverifiedUserWithToken(false);
          return {
            args: [null, form({ token })],
            verify: async (o) => {
              expect(resultOk(o)).toBe(true);
              expect((await db().user.findUniqueOrThrow({ where: { id: user.id } })).emailVerifiedAt).not.toBeNull();
            },
          };
        },
      },
      {
        name: "verify an address with a link already used",
        access: { nobody: "a used link is refused for every caller" },
        prepare: async () => ({ args: [null, form({ token: (await unverifiedUserWithToken(true)).token })] }),
      },
    ],
  },
  "app/me/account/actions.ts#changePasswordAction": {
    note: "One's own account: every signed-in caller, with their current password.",
    scenarios: [
      {
        name: "change one's own password",
        access: { action: "reader.own" },
        perRole: true,
        prepare: async (w, role) => ({
          args: [
            null,
            form({ currentPassword: FACTORY_PASSWORD, password: "a new long passphrase 42", confirm: "a new long passphrase 42" }),
          ],
          verify: async (o) => {
            expect(resultOk(o)).toBe(true);
            // The other scenarios sign in with the factory password: put it back.
            const user = w.users[role as keyof typeof w.users];
            await db().user.update({ where: { id: user.id }, data: { passwordHash: await hashPassword(FACTORY_PASSWORD) } });
          },
        }),
      },
    ],
  },
  "app/me/account/actions.ts#requestEmailChangeAction": {
    note: "One's own account: every signed-in caller, with their password.",
    scenarios: [
      {
        name: "ask to change one's own email address",
        access: { action: "reader.own" },
        perRole: true,
        prepare: async () => {
          const email = `moved-${uniqueSuffix()}@accord.test`;
          return {
            args: [null, form({ email, password: FACTORY_PASSWORD })],
            verify: async (o) => {
              expect(resultOk(o)).toBe(true);
              expect(await db().mailMessage.count({ where: { toEmail: email, kind: "change-email" } })).toBe(1);
            },
          };
        },
      },
    ],
  },
};
