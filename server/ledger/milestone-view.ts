import "server-only";

export const MILESTONE_SELECT = {
  id: true,
  agreementId: true,
  typeKey: true,
  dueOn: true,
  doneOn: true,
  note: true,
  evidenceUrl: true,
  evidenceFileName: true,
  version: true,
} as const;

export type MilestoneView = {
  id: string;
  agreementId: string;
  typeKey: string;
  dueOn: string | null;
  doneOn: string | null;
  note: string | null;
  evidenceUrl: string | null;
  /** The uploaded evidence file's name, if any (downloaded through evidenceUrl() in evidence/evidence-files.ts). */
  evidenceFileName: string | null;
  version: number;
};

/** A date column (midnight UTC) as the "YYYY-MM-DD" the forms and CSV use. */
export const dayString = (d: Date | null): string | null => (d ? d.toISOString().slice(0, 10) : null);
export const dayDate = (s: string | null): Date | null => (s ? new Date(`${s}T00:00:00Z`) : null);

export function toMilestoneView(row: {
  id: string;
  agreementId: string;
  typeKey: string;
  dueOn: Date | null;
  doneOn: Date | null;
  note: string | null;
  evidenceUrl: string | null;
  evidenceFileName: string | null;
  version: number;
}): MilestoneView {
  return { ...row, dueOn: dayString(row.dueOn), doneOn: dayString(row.doneOn) };
}
