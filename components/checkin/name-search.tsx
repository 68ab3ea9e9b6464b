"use client";

import { useState, type FormEvent } from "react";
import { useTranslations } from "next-intl";
import { inputClasses } from "@/components/auth/field-styles";
import { Button } from "@/components/ui/button";
import type { LocalizedResult } from "@/server/shared/result";
import type { SearchHit } from "@/server/checkin/search-registrants";

/**
 * The name-search fallback of the scan page: a code that will not scan, or no code at all.
 * Each hit is one large button (the whole row), easy to hit with a thumb.
 */
export function NameSearch({
  search,
  onPick,
  onProblem,
}: {
  search: (query: string) => Promise<LocalizedResult<SearchHit[]> | null>;
  onPick: (registrationId: string) => void;
  onProblem: (problem: { kind: "offline" } | { kind: "error"; message: string }) => void;
}) {
  const t = useTranslations("checkin.scan");
  const [hits, setHits] = useState<SearchHit[] | null>(null);
  const onSearch = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const query = (e.currentTarget.elements.namedItem("query") as HTMLInputElement).value;
    const result = await search(query);
    if (!result) return onProblem({ kind: "offline" });
    if (!result.ok) {
      const message = result.code === "invalid" ? (Object.values(result.fieldErrors).flat()[0] ?? result.message) : result.message;
      return onProblem({ kind: "error", message });
    }
    setHits(result.data);
  };
  return (
    <section aria-labelledby="search-heading" className="space-y-3">
      <h2 id="search-heading" className="text-lg font-semibold">
        {t("search")}
      </h2>
      <form onSubmit={onSearch} className="flex flex-wrap items-end gap-3">
        <div className="min-w-0 flex-1 basis-56 space-y-1">
          <label htmlFor="query" className="block text-sm font-medium text-stone-800">
            {t("query")}
          </label>
          <input id="query" name="query" type="search" autoComplete="off" className={inputClasses(false)} />
        </div>
        <Button type="submit" variant="secondary" className="min-h-12">
          {t("searchButton")}
        </Button>
      </form>
      {hits && hits.length === 0 && (
        <p className="text-stone-700" data-testid="no-results">
          {t("noResults")}
        </p>
      )}
      {hits && hits.length > 0 && (
        <ul className="space-y-2" data-testid="search-hits">
          {hits.map((h) => (
            <li key={h.registrationId}>
              <button
                type="button"
                onClick={() => onPick(h.registrationId)}
                aria-label={t("pick", { name: h.name })}
                className="flex min-h-14 w-full items-center justify-between gap-3 rounded-lg border border-stone-300 bg-white px-4 py-2 text-left hover:bg-stone-50 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-700"
              >
                <span className="min-w-0">
                  <span className="block font-semibold break-words" lang={h.lang}>
                    {h.name}
                  </span>
                  {h.checkedIn && <span className="block text-sm text-stone-600">{t("alreadyIn")}</span>}
                </span>
                <span aria-hidden="true" className="shrink-0 text-sm font-semibold text-brand-700">
                  {t("submit")} →
                </span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
