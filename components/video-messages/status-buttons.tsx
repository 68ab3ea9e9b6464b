"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { VIDEO_STATUS_TRANSITIONS, VIDEO_STATUSES, type VideoStatus } from "@/lib/validation/video-message-schema";
import type { FormState } from "@/server/organizer/shared/form-state";

type Action = (prev: FormState, formData: FormData) => Promise<FormState>;

/** One button per allowed next status; forward steps are primary, steps back secondary. */
export function StatusButtons({
  eventId,
  videoMessageId,
  version,
  status,
  action,
}: {
  eventId: string;
  videoMessageId: string;
  version: number;
  status: VideoStatus;
  action: Action;
}) {
  const t = useTranslations("videos");
  const [state, formAction, pending] = useActionState(action, null);
  const result = state?.result;
  const error =
    result && !result.ok ? (result.code === "invalid" ? (result.fieldErrors.status?.[0] ?? result.message) : result.message) : null;
  return (
    <div className="space-y-3">
      <p>{t("statusPanel.current", { status: t(`status.${status}`) })}</p>
      <form action={formAction} className="flex flex-wrap gap-2">
        <input type="hidden" name="eventId" value={eventId} />
        <input type="hidden" name="videoMessageId" value={videoMessageId} />
        <input type="hidden" name="version" value={version} />
        {VIDEO_STATUS_TRANSITIONS[status].map((next) => {
          const forward = VIDEO_STATUSES.indexOf(next) > VIDEO_STATUSES.indexOf(status);
          return (
            <Button key={next} type="submit" name="status" value={next} variant={forward ? "primary" : "secondary"} disabled={pending}>
              {forward || next === "REQUESTED" ? t(`statusAction.${next}`) : t(`statusAction.back${next}` as "statusAction.backRECEIVED")}
            </Button>
          );
        })}
      </form>
      <p aria-live="polite" role={error ? "alert" : undefined} className="text-sm text-red-700">
        {error}
      </p>
      <p className="text-sm text-stone-600">{t("statusPanel.history")}</p>
    </div>
  );
}

export function DeleteMessageButton({
  eventId,
  videoMessageId,
  version,
  action,
}: {
  eventId: string;
  videoMessageId: string;
  version: number;
  action: Action;
}) {
  const t = useTranslations("videos.form");
  const [state, formAction, pending] = useActionState(action, null);
  const result = state?.result;
  return (
    <form
      action={formAction}
      onSubmit={(e) => {
        if (!window.confirm(t("deleteConfirm"))) e.preventDefault();
      }}
      className="space-y-2"
    >
      <input type="hidden" name="eventId" value={eventId} />
      <input type="hidden" name="videoMessageId" value={videoMessageId} />
      <input type="hidden" name="version" value={version} />
      <Button type="submit" variant="ghost" className="text-red-700" disabled={pending}>
        {t("delete")}
      </Button>
      {result && !result.ok && (
        <p role="alert" className="text-sm text-red-700">
          {result.code === "invalid" ? (result.fieldErrors.status?.[0] ?? result.message) : result.message}
        </p>
      )}
    </form>
  );
}
