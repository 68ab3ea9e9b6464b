import "server-only";
import { asLocalizedText, type LocalizedText } from "@/lib/i18n/localized-text";
import { isLocale, type Locale } from "@/lib/i18n/locales";
import type { MilestoneTypeOption } from "@/lib/ledger/milestone-types";
import { milestoneTypesOf } from "./list-milestone-types.ts";
import { findLiveUpdateLink } from "./update-links.ts";

export type UpdateLinkPage = {
  locale: Locale;
  contactName: string;
  agreementTitle: LocalizedText;
  eventTitle: LocalizedText;
  types: MilestoneTypeOption[];
};

/** What the party contact's page shows, or null (the page answers 404) for a wrong, revoked or expired link. Reads only. */
export async function describeUpdateLink(token: string): Promise<UpdateLinkPage | null> {
  const link = await findLiveUpdateLink(token);
  if (!link) return null;
  return {
    locale: isLocale(link.locale) ? link.locale : "en",
    contactName: link.contactName,
    agreementTitle: asLocalizedText(link.agreement.title),
    eventTitle: asLocalizedText(link.agreement.event.title),
    types: await milestoneTypesOf(link.agreement.event.organizationId),
  };
}
