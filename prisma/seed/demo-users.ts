import type { MemberRole, Role } from "../../server/db/generated/enums.ts";

// Sign-in accounts for the demo, tests and e2e, keyed by the role names used everywhere
// (prisma/seed/roles.ts). They all share one password, and this is the only place it is
// written: it is public on purpose (printed by `npm run db:seed`) and only ever seeded into
// demo databases. Tests, e2e and scripts import it from here.
export const DEMO_PASSWORD = "accord-demo-2020";

export type DemoUser = {
  id: string;
  email: string;
  name: string;
  role: Role;
  /** Slug of the organization the user belongs to, and as what. */
  membership?: { orgSlug: string; role: MemberRole };
};

export const DEMO_USERS = {
  admin: {
    id: "demo-user-admin",
    email: "admin@accord.test",
    name: "Accord Administrator",
    role: "ADMIN",
  },
  /** OWNER of the demo event's organization. */
  owner: {
    id: "demo-user-organizer",
    email: "organizer@accord.test",
    name: "Wang Lei",
    role: "ORGANIZER",
    membership: { orgSlug: "ccpit-shandong", role: "OWNER" },
  },
  delegate: {
    id: "demo-user-delegate",
    email: "delegate@accord.test",
    name: "Sato Kenji",
    role: "DELEGATE",
  },
  /** Organizer of another organization (owner of its own). */
  outsider: {
    id: "demo-user-other-organizer",
    email: "other-organizer@accord.test",
    name: "Tanaka Yui",
    role: "ORGANIZER",
    membership: { orgSlug: "jceea", role: "OWNER" },
  },
} as const satisfies Record<string, DemoUser>;

export type DemoUserKey = keyof typeof DEMO_USERS;
