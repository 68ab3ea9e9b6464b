import Link from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import { DeleteForm } from "@/components/organizer/delete-form";
import type { FormAction } from "@/components/organizer/use-organizer-form";
import { Card } from "@/components/ui/card";
import { SavedViewForm } from "./saved-view-form";

type View = { id: string; name: string; query: string; version: number };

/** The caller's saved views of the ledger: open, rename, delete; and "save the current filters". */
export async function SavedViews({
  views,
  organizationId,
  currentQuery,
  saveAction,
  deleteAction,
}: {
  views: View[];
  organizationId: string;
  /** The ledger's filters and sort now, normalized (no page, no organization). */
  currentQuery: string;
  saveAction: FormAction;
  deleteAction: FormAction;
}) {
  const t = await getTranslations("ledger.views");
  const open = (v: View) => {
    const params = new URLSearchParams(v.query.replace(/^\?/, ""));
    params.set("organizationId", organizationId);
    return `/organizer/ledger?${params}`;
  };
  return (
    <Card className="space-y-4" aria-labelledby="saved-views-title">
      <h2 id="saved-views-title" className="text-lg font-semibold">
        {t("title")}
      </h2>
      <p className="text-sm text-stone-600">{views.length ? t("lead") : t("none")}</p>
      {views.length > 0 && (
        <ul className="divide-y divide-stone-100" data-saved-views>
          {views.map((v) => (
            <li key={v.id} className="space-y-2 py-3" data-view-name={v.name}>
              <p className="text-sm">
                <Link href={open(v)} className="font-semibold underline" aria-current={v.query === currentQuery ? "true" : undefined}>
                  {v.name}
                </Link>
                {v.query === currentQuery && <span className="text-stone-600"> · {t("current")}</span>}
              </p>
              <details className="text-sm">
                <summary className="cursor-pointer text-brand-700">{t("manage", { name: v.name })}</summary>
                <div className="mt-2 space-y-3">
                  <SavedViewForm action={saveAction} organizationId={organizationId} view={v} label={t("renameLabel", { name: v.name })} />
                  <DeleteForm
                    action={deleteAction}
                    fields={{ viewId: v.id, version: String(v.version) }}
                    label={t("delete", { name: v.name })}
                    confirmText={t("confirmDelete", { name: v.name })}
                  />
                </div>
              </details>
            </li>
          ))}
        </ul>
      )}
      <SavedViewForm action={saveAction} organizationId={organizationId} query={currentQuery} label={t("saveLabel")} />
    </Card>
  );
}
