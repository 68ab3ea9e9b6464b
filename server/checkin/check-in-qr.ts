import "server-only";
import QRCode from "qrcode";
import { qrPayload } from "@/lib/checkin/token";

/**
 * The check-in QR code of a registration as SVG markup, drawn on the server (no script, no
 * image request). It encodes "accord-checkin:<token>"; the token is 32 hex characters, so
 * the markup holds nothing but paths.
 */
export async function checkInQrSvg(token: string): Promise<string> {
  return QRCode.toString(qrPayload(token), {
    type: "svg",
    errorCorrectionLevel: "M",
    margin: 2,
    color: { dark: "#1c1917", light: "#ffffff" },
  });
}
