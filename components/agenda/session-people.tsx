import { getTranslations } from "next-intl/server";
import type { AgendaPerson } from "@/lib/agenda/types";
import { pickText } from "@/lib/i18n/localized-text";
import { honorificFollowsName } from "@/lib/i18n/person-name";
import { ContentText, type ContentMode } from "./content-text";

/** The name with its honorific where the honorific's language puts it (lib/i18n/person-name.ts). */
function NameWithHonorific({ person, mode }: { person: AgendaPerson; mode: ContentMode }) {
  const honorific = pickText(person.honorific, mode.bilingual?.[0] ?? mode.locale, mode.languages).text;
  const name = <ContentText value={person.name} mode={mode} />;
  if (!honorific) return name;
  const title = <ContentText value={person.honorific} mode={mode} />;
  return honorificFollowsName(honorific) ? (
    <>
      {name} {title}
    </>
  ) : (
    <>
      {title} {name}
    </>
  );
}

/** Speakers, moderators and hosts in protocol order (the server sorted them by precedence). */
export async function SessionPeople({ people, mode }: { people: AgendaPerson[]; mode: ContentMode }) {
  const t = await getTranslations("agenda");
  return (
    <section aria-labelledby="people-heading" className="space-y-3">
      <h2 id="people-heading" className="text-lg font-semibold text-stone-900">
        {t("session.people")}
      </h2>
      {people.length === 0 ? (
        <p className="text-stone-700">{t("session.noPeople")}</p>
      ) : (
        <ul className="grid gap-3 sm:grid-cols-2">
          {people.map((p, i) => (
            <li key={i} className="rounded-xl border border-stone-200 bg-white p-4">
              <p className="text-xs font-semibold tracking-wide text-brand-700 uppercase">{t(`roles.${p.role}`)}</p>
              <p className="font-semibold text-stone-900">
                <NameWithHonorific person={p} mode={mode} />
              </p>
              {pickText(p.title, mode.locale, mode.languages).text && (
                <p className="text-sm text-stone-700">
                  <ContentText value={p.title} mode={mode} />
                </p>
              )}
              {pickText(p.affiliation, mode.locale, mode.languages).text && (
                <p className="text-sm text-stone-600">
                  <ContentText value={p.affiliation} mode={mode} />
                </p>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
