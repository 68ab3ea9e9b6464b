"use client";

import { useActionState, useRef, useState } from "react";
import { useTranslations } from "next-intl";
import { inputClasses } from "@/components/auth/field-styles";
import { Button } from "@/components/ui/button";
import type { ImportReport } from "@/server/agreements/import-agreements-csv";
import type { LocalizedResult } from "@/server/shared/result";

type ImportState = { result: LocalizedResult<ImportReport<string>>; at: number } | null;
type Action = (state: ImportState, formData: FormData) => Promise<ImportState>;

/** Step 1 checks the file (dry run) and lists every problem; step 2 imports it, all or nothing. */
export function ImportForm({ action, eventId }: { action: Action; eventId: string }) {
  const t = useTranslations("agreements.import");
  const [state, formAction, pending] = useActionState(action, null);
  const [file, setFile] = useState<File | null>(null);
  const modeRef = useRef<HTMLInputElement>(null);
  const result = state?.result;
  const report = result?.ok ? result.data : null;
  return (
    <form action={formAction} className="space-y-5" encType="multipart/form-data">
      <input type="hidden" name="eventId" value={eventId} />
      <input ref={modeRef} type="hidden" name="mode" value="dry-run" />
      {/* The checked file stays on the server: the confirm sends its token, not the file again. */}
      {report?.mode === "dry-run" && report.uploadToken && <input type="hidden" name="uploadToken" value={report.uploadToken} />}
      <label className="block space-y-1 text-sm font-medium text-stone-800">
        <span className="block">{t("file")}</span>
        <input
          type="file"
          name="file"
          accept=".csv,text/csv"
          required
          onChange={(e) => setFile(e.target.files?.[0] ?? null)}
          className={inputClasses(false)}
        />
      </label>
      <div className="flex flex-wrap gap-3">
        <Button
          type="submit"
          variant="secondary"
          disabled={pending || !file}
          onClick={() => {
            if (modeRef.current) modeRef.current.value = "dry-run";
          }}
        >
          {pending ? t("checking") : t("check")}
        </Button>
        {report?.mode === "dry-run" && report.errors.length === 0 && report.toCreate.length > 0 && (
          <Button
            type="submit"
            formNoValidate
            disabled={pending || !report.uploadToken}
            onClick={() => {
              if (modeRef.current) modeRef.current.value = "confirm";
            }}
          >
            {t("confirm", { count: report.toCreate.length })}
          </Button>
        )}
      </div>
      {result && !result.ok && (
        <div role="alert" className="space-y-1 rounded-lg border border-red-200 bg-red-50 px-3 py-2.5 text-sm text-red-800">
          <p>{result.message}</p>
        </div>
      )}
      {report && (
        <div role="status" className="space-y-4">
          {report.mode === "confirm" ? (
            <p className="rounded-lg bg-emerald-50 px-3 py-2 text-emerald-800">{t("done", { count: report.created })}</p>
          ) : (
            <p className="font-medium">
              {t("summary", {
                total: report.totalRows,
                create: report.toCreate.length,
                duplicates: report.duplicates.length,
                errors: report.errors.length,
              })}
            </p>
          )}
          {report.mode === "dry-run" && report.errors.length > 0 && <p className="text-red-800">{t("fixFirst")}</p>}
          <RowList title={t("errors")} rows={report.errors.map((e) => ({ line: e.line, text: e.reason }))} tone="text-red-800" />
          {report.mode === "dry-run" && (
            <RowList title={t("toCreate")} rows={report.toCreate.map((e) => ({ line: e.line, text: e.title }))} tone="text-stone-800" />
          )}
          <RowList title={t("duplicates")} rows={report.duplicates.map((e) => ({ line: e.line, text: e.reason }))} tone="text-stone-600" />
        </div>
      )}
    </form>
  );
}

function RowList({ title, rows, tone }: { title: string; rows: { line: number; text: string }[]; tone: string }) {
  const t = useTranslations("agreements.import");
  if (rows.length === 0) return null;
  return (
    <section className="space-y-1">
      <h3 className="font-semibold">{title}</h3>
      <ul className={`max-h-80 space-y-1 overflow-y-auto text-sm ${tone}`}>
        {rows.map((r) => (
          <li key={`${r.line}-${r.text}`}>
            <span className="font-mono">{t("line", { line: r.line })}</span> — {r.text}
          </li>
        ))}
      </ul>
    </section>
  );
}
