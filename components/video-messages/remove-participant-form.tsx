"use client";

import { Button } from "@/components/ui/button";
import { useOrganizerForm, type FormAction } from "@/components/organizer/use-organizer-form";

/**
 * Removes one participant after a confirmation. Unlike the generic DeleteForm it shows the
 * server's own sentence on refusal ("has video messages… delete those first"), since there
 * is no field to correct.
 */
export function RemoveParticipantForm({
  action,
  eventId,
  personId,
  label,
  confirmText,
}: {
  action: FormAction;
  eventId: string;
  personId: string;
  label: string;
  confirmText: string;
}) {
  const form = useOrganizerForm(action, { eventId, personId });
  const result = form.state?.result;
  return (
    <form
      key={form.formKey}
      action={form.formAction}
      onSubmit={(e) => {
        if (!window.confirm(confirmText)) e.preventDefault();
      }}
      className="max-w-64 space-y-2"
    >
      {result && !result.ok && (
        <p role="alert" className="rounded-lg border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800">
          {result.message}
        </p>
      )}
      <input type="hidden" name="eventId" value={eventId} />
      <input type="hidden" name="personId" value={personId} />
      <Button type="submit" variant="secondary" disabled={form.pending} className="text-red-700">
        {label}
      </Button>
    </form>
  );
}
