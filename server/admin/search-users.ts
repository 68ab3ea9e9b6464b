import "server-only";
import { searchUsersSchema, USERS_PAGE_SIZE } from "@/lib/validation/admin-schemas";
import type { CurrentUser } from "@/server/auth/current-user";
import { db } from "@/server/db/client";
import type { MemberRole, Role } from "@/server/db/generated/client";
import { invalid, type ActionResult } from "@/server/shared/result";
import { adminGate } from "./admin-gate.ts";

export type AdminUser = {
  id: string;
  email: string;
  name: string;
  role: Role;
  active: boolean;
  emailVerified: boolean;
  version: number;
  memberships: { id: string; organizationId: string; organizationName: unknown; role: MemberRole; version: number }[];
};
export type UserPage = { users: AdminUser[]; total: number; page: number; pages: number; q: string };

/** Users whose name or email contains `q` (any case), a page at a time, for admins. */
export async function searchUsers(actor: CurrentUser | null, input: unknown): Promise<ActionResult<UserPage>> {
  const gate = adminGate(actor);
  if ("denied" in gate) return gate.denied;
  const parsed = searchUsersSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const { q, page } = parsed.data;
  const where = q
    ? { OR: [{ email: { contains: q, mode: "insensitive" as const } }, { name: { contains: q, mode: "insensitive" as const } }] }
    : {};
  const [total, rows] = await Promise.all([
    db().user.count({ where }),
    db().user.findMany({
      where,
      orderBy: [{ email: "asc" }],
      skip: (page - 1) * USERS_PAGE_SIZE,
      take: USERS_PAGE_SIZE,
      select: {
        id: true,
        email: true,
        name: true,
        role: true,
        active: true,
        emailVerifiedAt: true,
        version: true,
        memberships: {
          orderBy: { createdAt: "asc" },
          select: { id: true, organizationId: true, role: true, version: true, organization: { select: { name: true } } },
        },
      },
    }),
  ]);
  const users = rows.map(({ emailVerifiedAt, memberships, ...u }) => ({
    ...u,
    emailVerified: emailVerifiedAt !== null,
    memberships: memberships.map(({ organization, ...m }) => ({ ...m, organizationName: organization.name })),
  }));
  return { ok: true, data: { users, total, page, pages: Math.max(1, Math.ceil(total / USERS_PAGE_SIZE)), q } };
}
