import type { ReactNode } from "react";
import { headers } from "next/headers";
import { getTranslations } from "next-intl/server";
import { IntlIsland } from "@/components/i18n/intl-island";
import { REQUESTED_PATH_HEADER, workspaceReturnPath } from "@/lib/auth/requested-path";
import { can } from "@/server/access/policy";
import { pageActor } from "@/server/organizer/shared/page-result";

// The namespaces the workspace's client components read (useTranslations in components/organizer,
// agreements, video-messages; forms show auth messages too).
const WORKSPACE_NAMESPACES = ["organizer", "agreements", "videos", "auth", "people", "ledger", "admin", "zonePicker", "checkin"];

// A friendly gate for the whole workspace; every server function still checks on its own.
export default async function OrganizerLayout({ children }: { children: ReactNode }) {
  // Anonymous readers sign in and come back to the page they asked for.
  const user = await pageActor(workspaceReturnPath((await headers()).get(REQUESTED_PATH_HEADER)));
  if (!can(user, "workspace.enter")) {
    const t = await getTranslations("organizer");
    return <p className="mx-auto max-w-3xl px-4 py-16 text-lg text-stone-700">{t("notAllowed")}</p>;
  }
  // The workspace's forms translate in the browser (useTranslations): they get the catalogue
  // here, not in the root layout, so public pages do not ship it.
  return (
    <IntlIsland namespaces={WORKSPACE_NAMESPACES}>
      <div className="mx-auto max-w-7xl space-y-8 px-4 py-8 sm:px-6 lg:px-8">{children}</div>
    </IntlIsland>
  );
}
