import type { MemberRole, Role } from "../../server/db/generated/enums.ts";

// Sign-in accounts for the demo, tests and e2e. They all share one password; it is public
// on purpose (printed by `npm run db:seed`) and only ever seeded into demo databases.
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
  organizer: {
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
  otherOrganizer: {
    id: "demo-user-other-organizer",
    email: "other-organizer@accord.test",
    name: "Tanaka Yui",
    role: "ORGANIZER",
    membership: { orgSlug: "jceea", role: "OWNER" },
  },
} as const satisfies Record<string, DemoUser>;

export type DemoUserKey = keyof typeof DEMO_USERS;
