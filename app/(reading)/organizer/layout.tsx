import type { ReactNode } from "react";
import { WorkspaceFrame } from "@/components/organizer/workspace-frame";

// Workspace pages that only read (the closing report): the same gate and column as
// app/organizer/layout.tsx without its translation catalogue and next-intl's client, since no
// client component here translates (issue 18: 25 KB of the Japanese report's payload).
export default function ReadingLayout({ children }: { children: ReactNode }) {
  return <WorkspaceFrame>{children}</WorkspaceFrame>;
}
