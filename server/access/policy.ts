import "server-only";
import type { CurrentUser } from "@/server/auth/resolve-current-user";

// Who may do what in Accord, as data. Every server function asks can()/authorize() (authorize.ts)
// with one of these actions; the authorization matrix derives its expectations from this table.
//
// A caller's role is their relation to the record's organization (roleOf below):
//   admin     user role ADMIN: every organization
//   owner     OWNER member of the record's organization (an ORGANIZER user)
//   member    ORGANIZER member of the record's organization
//   viewer    VIEWER member of the record's organization: reads internal records, writes nothing
//   outsider  an ORGANIZER user who is not a member of the record's organization; where there
//             is no record yet (their own workspace) every organizer starts as an outsider
//   delegate  user role DELEGATE
//   steward   not staff of the organization, but granted check-in at one or more venues of the
//             target event (StewardGrant, issue 20). Event-scoped: the server function that
//             reads the event says so in the target (`stewardOfEvent`); elsewhere a steward is
//             whatever their account is (usually a delegate). Which venue is theirs is checked
//             by the check-in functions (server/checkin/).
//   anonymous not signed in

export const ACCESS_ROLES = ["admin", "owner", "member", "viewer", "outsider", "delegate", "steward", "anonymous"] as const;
export type AccessRole = (typeof ACCESS_ROLES)[number];

const ORGANIZATION_STAFF = ["admin", "owner", "member", "viewer"] as const;

export const POLICY = {
  /** What the public sees of public events (publicEventWhere): agenda, sessions, calendars, public agreements. */
  "public.read": ACCESS_ROLES,
  /** One's own registration, bookmarks and personal calendar. */
  "reader.own": ["admin", "owner", "member", "viewer", "outsider", "delegate", "steward"],
  /** The organizer workspace: the lists of one's own organizations and events. */
  "workspace.enter": ["admin", "owner", "member", "viewer", "outsider"],
  /** Internal records of an organization: drafts, programme, people, internal agreements, audit log, media awaiting approval. */
  "internal.read": ORGANIZATION_STAFF,
  /** Events, venues, sessions, people, video messages and participants of the organization. */
  "programme.manage": ["admin", "owner", "member"],
  /** Inviting people into the organization (organizers, viewers): its OWNER and the admin, who alone may invite an OWNER. */
  "people.invite": ["admin", "owner"],
  /** Agreements and outcomes, the official record: the admin and the organizers the admin made OWNER. */
  "record.write": ["admin", "owner"],
  /** Follow-up of signed agreements: milestones, funds, the follow-up owner, update links and confirming party updates (issue 19). */
  "followup.write": ["admin", "owner", "member"],
  /** One's own saved views of the organization's project ledger (per user; nobody sees another's). */
  "ledger.views": ORGANIZATION_STAFF,
  /** Checking registrants in at a venue and undoing it (stewards: only at their venues). */
  "checkin.scan": ["admin", "owner", "member", "steward"],
  /** Administration: organizations, users, global roles and memberships (server/admin/). */
  "admin.manage": ["admin"],
} as const satisfies Record<string, readonly AccessRole[]>;

export type AccessAction = keyof typeof POLICY;

/** The record a check is about; stewardOfEvent: the caller holds a steward grant for its event. */
export type AccessTarget = { organizationId: string; eventId?: string; stewardOfEvent?: boolean };

const MEMBER_ROLE = { OWNER: "owner", ORGANIZER: "member", VIEWER: "viewer" } as const;

/** The caller's role for the target's organization (no target: their role before any record is read). */
export function roleOf(actor: CurrentUser | null, target?: AccessTarget): AccessRole {
  if (!actor) return "anonymous";
  if (actor.role === "ADMIN") return "admin";
  // A DELEGATE account's memberships never count (as before stewards existed).
  const membership = actor.role !== "DELEGATE" && target && actor.memberships.find((m) => m.organizationId === target.organizationId);
  if (membership) return MEMBER_ROLE[membership.role];
  if (target?.stewardOfEvent) return "steward";
  return actor.role === "DELEGATE" ? "delegate" : "outsider";
}

/** Whether a caller of this role may do the action. */
export function roleCan(role: AccessRole, action: AccessAction): boolean {
  return (POLICY[action] as readonly AccessRole[]).includes(role);
}

/** Whether the caller may do the action on the target (no target: on a record not yet read). */
export function can(actor: CurrentUser | null, action: AccessAction, target?: AccessTarget): boolean {
  return roleCan(roleOf(actor, target), action);
}

/** Whether some record could let the caller do the action: the check made before reading one. */
export function couldEver(actor: CurrentUser | null, action: AccessAction): boolean {
  if (roleCan(roleOf(actor), action)) return true;
  // Any signed-in account may hold a steward grant for some event.
  if (actor && roleCan("steward", action)) return true;
  return (actor?.memberships ?? []).some((m) => actor?.role === "ORGANIZER" && roleCan(MEMBER_ROLE[m.role], action));
}

/** The organizations whose records the caller's lists show: null means every one (admins). */
export function reachableOrganizationIds(actor: CurrentUser): string[] | null {
  return roleOf(actor) === "admin" ? null : actor.memberships.map((m) => m.organizationId);
}
