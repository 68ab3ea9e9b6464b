"use client";

import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import type { EventStatusAction } from "@/lib/validation/event-schema";
import { FormAlert } from "./form-alert";
import { useOrganizerForm, type FormAction } from "./use-organizer-form";

/** One button per status move open to the event (publish, unpublish, conclude, archive). */
export function StatusButtons({ action, eventId, version, actions }: {
  action: FormAction;
  eventId: string;
  version: number;
  actions: EventStatusAction[];
}) {
  const t = useTranslations("organizer.statusAction");
  const form = useOrganizerForm(action, {});
  return (
    <form key={form.formKey} action={form.formAction} className="space-y-3">
      <FormAlert form={form} />
      <input type="hidden" name="eventId" value={eventId} />
      <input type="hidden" name="version" value={version} />
      <div className="flex flex-wrap gap-3">
        {actions.map((a) => (
          <Button key={a} type="submit" name="action" value={a} variant={a === "publish" ? "primary" : "secondary"} disabled={form.pending}>
            {t(a)}
          </Button>
        ))}
      </div>
    </form>
  );
}
