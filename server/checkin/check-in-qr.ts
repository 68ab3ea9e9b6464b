import "server-only";
import QRCode from "qrcode";
import { qrPayload } from "@/lib/checkin/token";
import type { Prisma } from "../db/client.ts";

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

/** The registration's code as a PNG (base64) for the confirmation mail, where SVG is poorly supported. */
export async function checkInQrPng(tx: Prisma.TransactionClient, registrationId: string): Promise<{ token: string; png: string }> {
  const { checkInToken } = await tx.registration.findUniqueOrThrow({ where: { id: registrationId }, select: { checkInToken: true } });
  const png = await QRCode.toBuffer(qrPayload(checkInToken), { type: "png", errorCorrectionLevel: "M", margin: 2, width: 220 });
  return { token: checkInToken, png: png.toString("base64") };
}
