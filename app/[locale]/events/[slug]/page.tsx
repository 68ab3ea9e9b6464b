import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getLocale } from "next-intl/server";
import { EventDescription } from "@/components/events/event-description";
import { EventFacts } from "@/components/events/event-facts";
import { EventHeader } from "@/components/events/event-header";
import { EventLinks } from "@/components/events/event-links";
import { LocalTimesStrip } from "@/components/events/local-times-strip";
import { VenueList } from "@/components/events/venue-list";
import type { Locale } from "@/lib/i18n/locales";
import { pickText } from "@/lib/i18n/localized-text";
import { localeAlternates } from "@/lib/i18n/public-paths";
import { cachedPublicEvent, cachedPublicVideoMessages } from "@/server/public-cache/cached-public-reads";
import { PublicVideoMessages } from "@/components/video-messages/public-video-messages";

type Props = { params: Promise<{ locale: string; slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const event = await cachedPublicEvent((await params).slug);
  if (!event) return {};
  const locale = (await getLocale()) as Locale;
  return {
    title: pickText(event.title, locale, event.languages).text,
    alternates: localeAlternates(locale, `/events/${encodeURIComponent(event.slug)}`),
  };
}

export default async function EventPage({ params }: Props) {
  const event = await cachedPublicEvent((await params).slug);
  if (!event) notFound();
  const videos = await cachedPublicVideoMessages(event.slug);
  return (
    <div className="mx-auto max-w-6xl space-y-12 px-4 py-10 sm:px-6 sm:py-14 lg:px-8">
      <EventHeader event={event} />
      <EventLinks slug={event.slug} />
      <EventFacts event={event} />
      <LocalTimesStrip event={event} />
      <EventDescription event={event} />
      <VenueList event={event} />
      <PublicVideoMessages messages={videos} languages={event.languages} />
    </div>
  );
}
