// Where each role lands after signing in without a page to return to, and which places
// the signed-in menu offers. Pure: used by the sign-in page, the header and their tests.

export type AccountRole = "ADMIN" | "ORGANIZER" | "DELEGATE";

const WORKSPACE = "/organizer";
const MY_AGENDA = "/me/agenda";

export function startPageFor(role: AccountRole): string {
  return role === "DELEGATE" ? MY_AGENDA : WORKSPACE;
}

export type MenuLink = { key: "workspace" | "myAgenda"; href: string };

/** Organizers and admins get the workspace first; everyone has their own agenda. */
export function menuLinksFor(role: AccountRole): MenuLink[] {
  const agenda: MenuLink = { key: "myAgenda", href: MY_AGENDA };
  return role === "DELEGATE" ? [agenda] : [{ key: "workspace", href: WORKSPACE }, agenda];
}
