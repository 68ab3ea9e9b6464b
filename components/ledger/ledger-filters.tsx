import Link from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import { inputClasses } from "@/components/auth/field-styles";
import { buttonClasses } from "@/components/ui/button";
import { AGREEMENT_STATUSES } from "@/lib/agreements/agreement-enums";
import { LEDGER_SORTS } from "@/lib/validation/ledger-schema";

type Option = { value: string; label: string };

// A plain GET form: the ledger's filters live in the URL, so a filtered view can be bookmarked and shared.
export async function LedgerFilters({
  values,
  events,
  sectors,
  owners,
  years,
}: {
  values: Record<string, string | undefined>;
  events: Option[];
  sectors: Option[];
  owners: Option[];
  years: Option[];
}) {
  const t = await getTranslations("ledger.page");
  const ta = await getTranslations("agreements");
  const select = (name: string, label: string, options: Option[], any = true) => (
    <label className="space-y-1 text-sm font-medium text-stone-800">
      <span className="block">{label}</span>
      <select name={name} defaultValue={values[name] ?? ""} className={inputClasses(false)}>
        {any && <option value="">{ta("list.any")}</option>}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </label>
  );
  const input = (name: string, label: string) => (
    <label className="space-y-1 text-sm font-medium text-stone-800">
      <span className="block">{label}</span>
      <input type="text" name={name} defaultValue={values[name] ?? ""} className={inputClasses(false)} />
    </label>
  );
  return (
    <form
      method="get"
      action="/organizer/ledger"
      role="search"
      aria-label={t("filters")}
      className="grid items-end gap-3 rounded-2xl border border-stone-200 bg-white p-4 sm:grid-cols-2 md:grid-cols-4 lg:grid-cols-6"
    >
      {values.organizationId && <input type="hidden" name="organizationId" value={values.organizationId} />}
      {select("eventId", t("event"), events)}
      {select("year", t("year"), years)}
      {select("sector", ta("field.sector"), sectors)}
      {input("city", t("city"))}
      {select("side", t("side"), [
        { value: "A", label: t("sideA") },
        { value: "B", label: t("sideB") },
      ])}
      {input("party", t("party"))}
      {select(
        "status",
        ta("field.status"),
        AGREEMENT_STATUSES.map((v) => ({ value: v, label: ta(`status.${v}`) })),
      )}
      {select("owner", t("owner"), [{ value: "none", label: t("noOwner") }, ...owners])}
      {select(
        "sort",
        ta("list.sort"),
        LEDGER_SORTS.map((v) => ({ value: v, label: t(`sort.${v}`) })),
        false,
      )}
      <label className="inline-flex items-center gap-2 self-center text-sm text-stone-800">
        <input type="checkbox" name="overdue" value="1" defaultChecked={values.overdue === "1"} className="size-4 accent-brand-700" />
        {t("overdueOnly")}
      </label>
      <div className="flex flex-wrap gap-2 md:col-span-2">
        <button type="submit" className={buttonClasses("primary")}>
          {ta("list.filter")}
        </button>
        <Link href="/organizer/ledger" className={buttonClasses("ghost")}>
          {ta("list.clear")}
        </Link>
      </div>
    </form>
  );
}
