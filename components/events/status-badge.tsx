import { getTranslations } from "next-intl/server";
import { Badge, type BadgeTone } from "@/components/ui/badge";

const TONE: Record<"PUBLISHED" | "LIVE" | "CONCLUDED", BadgeTone> = { PUBLISHED: "brand", LIVE: "live", CONCLUDED: "neutral" };

export async function StatusBadge({ status }: { status: "PUBLISHED" | "LIVE" | "CONCLUDED" }) {
  const t = await getTranslations("status");
  return <Badge tone={TONE[status]}>{t(status)}</Badge>;
}
