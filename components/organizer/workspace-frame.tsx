import type { ReactNode } from "react";
import { headers } from "next/headers";
import { getTranslations } from "next-intl/server";
import { REQUESTED_PATH_HEADER, workspaceReturnPath } from "@/lib/auth/requested-path";
import { can } from "@/server/access/policy";
import { pageActor } from "@/server/organizer/shared/page-result";

/**
 * The organizer workspace's frame: a friendly gate (every server function still checks on its
 * own) and the page column. The translation catalogue for client forms is not here: the
 * layouts that need it wrap their pages in IntlIsland themselves, because importing it at all
 * puts next-intl's client in every page under the layout.
 */
export async function WorkspaceFrame({ children }: { children: ReactNode }) {
  // Anonymous readers sign in and come back to the page they asked for.
  const user = await pageActor(workspaceReturnPath((await headers()).get(REQUESTED_PATH_HEADER)));
  if (!can(user, "workspace.enter")) {
    const t = await getTranslations("organizer");
    return <p className="mx-auto max-w-3xl px-4 py-16 text-lg text-stone-700">{t("notAllowed")}</p>;
  }
  return <div className="mx-auto max-w-7xl space-y-8 px-4 py-8 sm:px-6 lg:px-8">{children}</div>;
}
