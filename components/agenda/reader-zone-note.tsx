import { getTranslations } from "next-intl/server";
import { ReaderZoneNoteText } from "./reader-zone-text";

/**
 * Says which zone "Your time" really uses: the one chosen in the filters (?tz=), else the
 * browser's, detected after hydration (the same zone ReaderTimeFill uses). Without
 * JavaScript neither is known and the note says so. Translated here; the island gets strings.
 */
export async function ReaderZoneNote({ chosen }: { chosen: string | null }) {
  const t = await getTranslations("agenda.readerZone");
  return (
    <ReaderZoneNoteText
      chosen={chosen}
      text={{ current: t.raw("current") as string, detected: t("detected"), chosen: t("chosen"), none: t("none") }}
    />
  );
}
