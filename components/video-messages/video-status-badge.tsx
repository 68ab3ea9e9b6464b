import { useTranslations } from "next-intl";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import type { VideoStatus } from "@/lib/validation/video-message-schema";

const TONES: Record<VideoStatus, BadgeTone> = {
  REQUESTED: "muted",
  RECEIVED: "neutral",
  APPROVED: "brand",
  SCHEDULED: "accent",
  PLAYED: "live",
};

export function VideoStatusBadge({ status }: { status: string }) {
  const t = useTranslations("videos.status");
  const key = (status in TONES ? status : "REQUESTED") as VideoStatus;
  return <Badge tone={key === "PLAYED" ? "neutral" : TONES[key]}>{t(key)}</Badge>;
}
