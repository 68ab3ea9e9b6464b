import "server-only";
import { expect } from "vitest";
import { uniqueSuffix } from "@/prisma/seed/factories";
import { verifyPassword } from "@/server/auth/password";
import { issueUserToken } from "@/server/auth/user-tokens";
import { db } from "@/server/db/client";
import type { Matrix, Outcome } from "../types.ts";
import { form } from "./helpers.ts";

// Password links are public by design: anyone may ask for a reset (the answer is the same
// whether the address has an account), and the one-time token in the set-password form is
// the authorization, whoever is signed in. A used link is refused for every caller and
// changes nothing.

const NEW_PASSWORD = "matrix new passphrase";

async function freshUserWithToken(used: boolean) {
  const user = await db().user.create({
    data: { email: `link-${uniqueSuffix()}@accord.test`, name: "Link Owner", passwordHash: "!no-password-set" },
    select: { id: true, email: true },
  });
  const { token } = await db().$transaction((tx) => issueUserToken(tx, user.id, "RESET_PASSWORD"));
  if (used) await db().userToken.updateMany({ where: { userId: user.id }, data: { usedAt: new Date() } });
  return { user, token };
}

const resultOk = (o: Outcome) => o.kind === "result" && o.ok;

export const passwordLinkEntries: Matrix = {
  "app/forgot-password/actions.ts#requestPasswordResetAction": {
    note: "Public by design; the same answer for known and unknown addresses (no account enumeration).",
    scenarios: [
      {
        name: "ask for a reset link for an existing account",
        access: { action: "public.read" },
        perRole: true,
        prepare: async () => {
          const { user } = await freshUserWithToken(false);
          return {
            args: [null, form({ email: user.email })],
            verify: async (o) => {
              expect(resultOk(o)).toBe(true);
              expect(await db().mailMessage.count({ where: { toEmail: user.email, kind: "password-reset" } })).toBe(1);
            },
          };
        },
      },
    ],
  },
  "app/set-password/actions.ts#setPasswordAction": {
    note: "Public by design: the one-time token is the authorization.",
    scenarios: [
      {
        name: "set a password with a valid link",
        access: { action: "public.read" },
        perRole: true,
        prepare: async () => {
          const { user, token } = await freshUserWithToken(false);
          return {
            args: [null, form({ token, password: NEW_PASSWORD, confirm: NEW_PASSWORD })],
            verify: async (o) => {
              expect(resultOk(o)).toBe(true);
              const row = await db().user.findUniqueOrThrow({ where: { id: user.id }, select: { passwordHash: true } });
              expect(await verifyPassword(row.passwordHash, NEW_PASSWORD)).toBe(true);
            },
          };
        },
      },
      {
        name: "set a password with a link already used",
        access: { nobody: "a used link is refused for every caller" },
        prepare: async () => {
          const { token } = await freshUserWithToken(true);
          return { args: [null, form({ token, password: NEW_PASSWORD, confirm: NEW_PASSWORD })] };
        },
      },
    ],
  },
};
