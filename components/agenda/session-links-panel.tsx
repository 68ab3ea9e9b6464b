import { getTranslations } from "next-intl/server";
import { ButtonLink } from "@/components/ui/button";
import type { SessionLinks } from "@/server/agenda/get-public-session";

// The URLs were checked server-side (https only) before they reach this component. The stream
// link goes through Accord's redirect (watchHref), which sends the reader to the same URL.
export async function SessionLinksPanel({
  links,
  reason,
  signInHref,
  registerHref,
  watchHref,
}: {
  links: SessionLinks | null;
  reason: "public" | "registered" | "sign_in" | "register";
  signInHref: string;
  registerHref: string;
  /** Accord's redirect to the stream, which counts a registrant's online attendance (app/watch). */
  watchHref: string;
}) {
  const t = await getTranslations("agenda");
  const tl = await getTranslations("agenda.languageNames");
  return (
    <section aria-labelledby="links-heading" className="agenda-no-print space-y-3 rounded-2xl border border-stone-200 bg-stone-50 p-6">
      <h2 id="links-heading" className="text-lg font-semibold text-stone-900">
        {t("session.links")}
      </h2>
      {!links ? (
        <>
          <p className="text-stone-700">{reason === "sign_in" ? t("session.linksSignIn") : t("session.linksRegister")}</p>
          <ButtonLink href={reason === "sign_in" ? signInHref : registerHref} variant="secondary">
            {reason === "sign_in" ? t("actions.register") : t("actions.register")}
          </ButtonLink>
        </>
      ) : !links.stream && links.interpretation.length === 0 ? (
        <p className="text-stone-700">{t("session.noLinks")}</p>
      ) : (
        <ul className="space-y-2">
          {links.stream && (
            <li>
              <a href={watchHref} rel="noopener noreferrer" className="font-medium text-brand-700 underline">
                {t("session.stream")}
              </a>
            </li>
          )}
          {links.interpretation.map((i) => (
            <li key={i.language}>
              <a href={i.url} rel="noopener noreferrer" className="font-medium text-brand-700 underline">
                {t("session.interpretationChannel", { language: tl(i.language as "en") })}
              </a>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
