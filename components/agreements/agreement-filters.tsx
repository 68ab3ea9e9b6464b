import { getTranslations } from "next-intl/server";
import { inputClasses } from "@/components/auth/field-styles";
import { buttonClasses } from "@/components/ui/button";
import { AGREEMENT_STATUSES, AGREEMENT_TYPES, VISIBILITIES } from "@/lib/agreements/agreement-enums";
import { AGREEMENT_SORTS } from "@/lib/validation/agreement-schema";
import type { Option } from "./agreement-form";

// A plain GET form: filters live in the URL, so a filtered register can be bookmarked or shared.
export async function AgreementFilters({
  action,
  values,
  sectors,
  venues,
  showVisibility,
}: {
  action: string;
  values: Record<string, string | undefined>;
  sectors: Option[];
  venues: Option[];
  showVisibility: boolean;
}) {
  const t = await getTranslations("agreements");
  const select = (name: string, label: string, options: Option[]) => (
    <label className="space-y-1 text-sm font-medium text-stone-800">
      <span className="block">{label}</span>
      <select name={name} defaultValue={values[name] ?? ""} className={inputClasses(false)}>
        {name !== "sort" && <option value="">{t("list.any")}</option>}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </label>
  );
  return (
    <form
      method="get"
      action={action}
      role="search"
      className="grid items-end gap-3 rounded-2xl border border-stone-200 bg-white p-4 md:grid-cols-4 lg:grid-cols-8"
    >
      <label className="space-y-1 text-sm font-medium text-stone-800 md:col-span-2">
        <span className="block">{t("list.search")}</span>
        <input type="search" name="q" defaultValue={values.q ?? ""} className={inputClasses(false)} />
      </label>
      {select("sector", t("field.sector"), sectors)}
      {select(
        "type",
        t("field.type"),
        AGREEMENT_TYPES.map((v) => ({ value: v, label: t(`type.${v}`) })),
      )}
      {select(
        "status",
        t("field.status"),
        AGREEMENT_STATUSES.map((v) => ({ value: v, label: t(`status.${v}`) })),
      )}
      {select("venueId", t("field.venue"), venues)}
      {showVisibility &&
        select(
          "visibility",
          t("field.visibility"),
          VISIBILITIES.map((v) => ({ value: v, label: t(`visibility.${v}`) })),
        )}
      {select(
        "sort",
        t("list.sort"),
        AGREEMENT_SORTS.map((v) => ({ value: v, label: t(`sort.${v}`) })),
      )}
      <div className="flex flex-wrap gap-2 md:col-span-2">
        <button type="submit" className={buttonClasses("primary")}>
          {t("list.filter")}
        </button>
        <a href={action} className={buttonClasses("ghost")}>
          {t("list.clear")}
        </a>
      </div>
    </form>
  );
}
