import type { ReactNode } from "react";
import { IntlIsland } from "@/components/i18n/intl-island";
import { WorkspaceFrame } from "@/components/organizer/workspace-frame";

// The namespaces the workspace's client components read (useTranslations in components/organizer,
// agreements, video-messages; forms show auth messages too).
const WORKSPACE_NAMESPACES = ["organizer", "agreements", "videos", "auth", "people", "ledger", "admin", "zonePicker", "checkin"];

// Every workspace page but the closing report (app/(reading)/organizer/...). Its forms translate
// in the browser (useTranslations): they get the catalogue here, not in the root layout, so
// public pages do not ship it.
export default function OrganizerLayout({ children }: { children: ReactNode }) {
  return (
    <WorkspaceFrame>
      <IntlIsland namespaces={WORKSPACE_NAMESPACES}>{children}</IntlIsland>
    </WorkspaceFrame>
  );
}
