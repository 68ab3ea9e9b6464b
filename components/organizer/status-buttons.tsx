"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { Button, buttonClasses } from "@/components/ui/button";
import { ConfirmSubmit } from "@/components/ui/confirm-submit";
import type { EventStatusAction } from "@/lib/validation/event-schema";
import { FormAlert } from "./form-alert";
import { useOrganizerForm, type FormAction } from "./use-organizer-form";

// Moves that take the event away from its readers ask first.
const ASK_FIRST: readonly EventStatusAction[] = ["unpublish", "archive"];

/** One button per status move open to the event (publish, unpublish, conclude, archive); says what was done. */
export function StatusButtons({
  action,
  eventId,
  version,
  actions,
}: {
  action: FormAction;
  eventId: string;
  version: number;
  actions: EventStatusAction[];
}) {
  const t = useTranslations("organizer.statusAction");
  const form = useOrganizerForm(action, {});
  const [last, setLast] = useState<EventStatusAction | null>(null);
  return (
    <form key={form.formKey} action={form.formAction} className="space-y-3">
      <FormAlert form={form} savedMessage={last ? t(`done.${last}`) : undefined} />
      <input type="hidden" name="eventId" value={eventId} />
      <input type="hidden" name="version" value={version} />
      <div className="flex flex-wrap gap-3">
        {actions.map((a) =>
          ASK_FIRST.includes(a) ? (
            <ConfirmSubmit
              key={a}
              name="action"
              value={a}
              confirmText={t(`confirm.${a}`)}
              onClick={() => setLast(a)}
              disabled={form.pending}
              className={buttonClasses("secondary")}
            >
              {t(a)}
            </ConfirmSubmit>
          ) : (
            <Button
              key={a}
              type="submit"
              name="action"
              value={a}
              onClick={() => setLast(a)}
              variant={a === "publish" ? "primary" : "secondary"}
              disabled={form.pending}
            >
              {t(a)}
            </Button>
          ),
        )}
      </div>
    </form>
  );
}
