import { getTranslations } from "next-intl/server";
import { checkInQrSvg } from "@/server/checkin/check-in-qr";

/** The delegate's check-in QR code on My agenda; the steward scans it at the entrance. */
export async function CheckInCode({ token, venue, name, id }: { token: string; venue: string | null; name: string; id: string }) {
  const t = await getTranslations("checkin.agenda");
  const svg = await checkInQrSvg(token);
  return (
    <div className="space-y-2">
      <h3 id={`qr-${id}`} className="font-semibold text-stone-900">
        {t("title")}
      </h3>
      <p className="text-sm text-stone-700">{venue ? t("lead", { venue }) : t("noVenue")}</p>
      <div
        role="img"
        aria-label={t("alt", { name })}
        data-testid="check-in-qr"
        className="w-48 max-w-full [&>svg]:h-auto [&>svg]:w-full"
        // Markup from the qrcode library for a hex token: paths only.
        dangerouslySetInnerHTML={{ __html: svg }}
      />
    </div>
  );
}
