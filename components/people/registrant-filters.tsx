import { getTranslations } from "next-intl/server";
import { inputClasses } from "@/components/auth/field-styles";
import { buttonClasses } from "@/components/ui/button";
import { REGISTRANT_STATUSES } from "@/lib/invitations/registrant-status";

type Option = { id: string; label: string };

/** A plain GET form: the filters live in the address, so a filtered list can be bookmarked and works without JavaScript. */
export async function RegistrantFilters({
  action,
  values,
  venues,
  delegations,
}: {
  action: string;
  values: { status: string; venueId: string; delegationId: string; q: string };
  venues: Option[];
  delegations: Option[];
}) {
  const t = await getTranslations("people");
  const field = "space-y-1 text-sm font-medium text-stone-800";
  return (
    <form method="get" action={action} className="grid gap-3 sm:grid-cols-2 lg:grid-cols-5" aria-label={t("filters.label")}>
      <label className={field}>
        <span className="block">{t("filters.search")}</span>
        <input name="q" defaultValue={values.q} className={inputClasses(false)} />
      </label>
      <label className={field}>
        <span className="block">{t("filters.status")}</span>
        <select name="status" defaultValue={values.status} className={inputClasses(false)}>
          <option value="">{t("filters.any")}</option>
          {REGISTRANT_STATUSES.map((s) => (
            <option key={s} value={s}>
              {t(`status.${s}`)}
            </option>
          ))}
        </select>
      </label>
      <label className={field}>
        <span className="block">{t("filters.venue")}</span>
        <select name="venue" defaultValue={values.venueId} className={inputClasses(false)}>
          <option value="">{t("filters.any")}</option>
          {venues.map((v) => (
            <option key={v.id} value={v.id}>
              {v.label}
            </option>
          ))}
        </select>
      </label>
      <label className={field}>
        <span className="block">{t("filters.delegation")}</span>
        <select name="delegation" defaultValue={values.delegationId} className={inputClasses(false)}>
          <option value="">{t("filters.any")}</option>
          {delegations.map((v) => (
            <option key={v.id} value={v.id}>
              {v.label}
            </option>
          ))}
        </select>
      </label>
      <div className="flex items-end">
        <button type="submit" className={buttonClasses("secondary")}>
          {t("filters.apply")}
        </button>
      </div>
    </form>
  );
}
