import "server-only";
import type { FormValues } from "../organizer/shared/form-input.ts";
import { formToInput } from "../organizer/shared/form-input.ts";

// The agreement form posts chosen party ids as partiesA[] / partiesB[] and new party names
// as text, one per line (stored under the language the organizer is writing in).
export function agreementFormInput(values: FormValues, locale: string): Record<string, unknown> {
  const input = formToInput(values);
  for (const side of ["A", "B"] as const) {
    const ids = (input[`parties${side}`] as string[] | undefined) ?? [];
    const lines = String(input[`newParties${side}`] ?? "")
      .split(/\r?\n/)
      .map((l) => l.trim())
      .filter(Boolean);
    input[`parties${side}`] = [...ids.map((partyId) => ({ partyId })), ...lines.map((name) => ({ name: { [locale]: name } }))];
    delete input[`newParties${side}`];
  }
  return input;
}
