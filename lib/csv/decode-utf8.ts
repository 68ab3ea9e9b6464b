import { msg, type Message } from "@/lib/i18n/server-messages/message";
// Uploaded files must be UTF-8 (with or without BOM). A Shift_JIS or GBK file decoded
// leniently would import mojibake; decoding fatally lets us refuse it with a clear reason.
export type DecodeResult = { ok: true; text: string } | { ok: false; reason: Message };

export function decodeUtf8(bytes: Uint8Array): DecodeResult {
  try {
    const text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes);
    return { ok: true, text };
  } catch {
    return {
      ok: false,
      reason: msg("csv.fileNotValidUtf8"),
    };
  }
}
