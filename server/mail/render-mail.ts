import "server-only";
import { createTranslator } from "use-intl/core";
import type { Locale } from "@/lib/i18n/locales";
import en from "@/lib/i18n/messages/mail/en.json";
import ja from "@/lib/i18n/messages/mail/ja.json";
import zh from "@/lib/i18n/messages/mail/zh.json";
import { MAIL_KINDS, type MailRequest, type RenderedMail } from "./mail-types.ts";

const MESSAGES = { en, zh, ja } as const;

const escapeHtml = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);

/** Subject, plain text and HTML of one message in the recipient's language. */
export function renderMail(req: MailRequest, locale: Locale = req.to.locale): RenderedMail {
  const t = createTranslator({ locale, messages: MESSAGES[locale] });
  const key = MAIL_KINDS[req.kind];
  const values = { appName: "Accord", name: req.to.name, email: req.to.email, ...req.values };
  // The values are plain text: escape them for HTML ourselves, after translation.
  const tr = (k: string) => t(`${key}.${k}` as never, values as never) as string;
  const subject = tr("subject");
  const greeting = tr("greeting");
  const body = tr("body");
  const footer = t("footer", { appName: "Accord" });
  const link = req.values.link;

  const imageText = req.inlineImage ? tr(req.inlineImage.key) : null;
  const textParts = [greeting, "", body];
  if (imageText) textParts.push("", imageText);
  if (link) textParts.push("", `${tr("action")}: ${link}`);
  textParts.push("", "--", footer);

  const htmlLink = link
    ? `<p><a href="${escapeHtml(link)}" style="display:inline-block;padding:10px 16px;background:#1d4ed8;color:#fff;border-radius:6px;text-decoration:none">${escapeHtml(tr("action"))}</a></p>` +
      `<p style="font-size:13px;color:#555">${escapeHtml(t("linkHint"))}<br>${escapeHtml(link)}</p>`
    : "";
  const htmlImage =
    req.inlineImage && imageText
      ? `<p>${escapeHtml(imageText)}</p><p><img src="cid:${escapeHtml(req.inlineImage.cid)}" alt="${escapeHtml(imageText)}" width="220" height="220"></p>`
      : "";
  const html =
    `<!doctype html><html lang="${locale}"><head><meta charset="utf-8"><title>${escapeHtml(subject)}</title></head>` +
    `<body style="font-family:system-ui,sans-serif;line-height:1.5;color:#1c1917">` +
    `<p>${escapeHtml(greeting)}</p><p>${escapeHtml(body).replace(/\n/g, "<br>")}</p>${htmlImage}${htmlLink}` +
    `<hr><p style="font-size:12px;color:#777">${escapeHtml(footer)}</p></body></html>`;
  return { subject, text: textParts.join("\n"), html };
}
