// use-intl/core is what "next-intl" re-exports, without its React parts: the
// worker runs under the react-server condition, where "next-intl" loads its
// client provider and fails.
import { createTranslator, type IntlError } from "use-intl/core";
import { messagesFor, type AppLocale } from "@/lib/i18n";
import { TIME_ZONE, formats } from "@/lib/i18n/config";
import { dates } from "@/lib/i18n/dates";

export type RenderedEmail = { subject: string; text: string; html: string };

export type EmailContent = {
  locale: AppLocale;
  subject: string;
  greeting?: string;
  /** Plain text: escaped in the HTML version, never interpreted. */
  paragraphs: string[];
  action?: { label: string; url: string };
};

const HTML_ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]);
}

/** The portal's public address, for links in emails. */
export function appUrl(path: string): string {
  const base = (process.env.APP_URL || process.env.AUTH_URL || "http://localhost:3000").replace(/\/+$/, "");
  return `${base}${path.startsWith("/") ? path : `/${path}`}`;
}


function onEmailIntlError(error: IntlError) {
  if (process.env.I18N_STRICT === "1") throw error;
  console.error(JSON.stringify({ level: "warn", msg: "i18n", code: error.code, message: error.message }));
}

/**
 * next-intl outside React (emails are written in the worker and inside
 * transactions): spread `options` into createTranslator({ ...options,
 * namespace }); `dates` formats instants in Paris time, in the recipient's language.
 */
export function emailIntl(locale: AppLocale) {
  const options = {
    locale,
    messages: messagesFor(locale),
    timeZone: TIME_ZONE,
    formats,
    onError: onEmailIntlError,
    getMessageFallback: ({ namespace, key }: { namespace?: string; key: string }) => [namespace, key].filter(Boolean).join("."),
  };
  // Dates as the catalogue's formats describe them (British English for "en").
  return { options, dates: dates(locale) };
}

/** One layout for every email, plain text and HTML, with all user text escaped. */
export function renderEmail(content: EmailContent): RenderedEmail {
  const t = createTranslator({ ...emailIntl(content.locale).options, namespace: "mail" });
  const footer = t("footer");
  const subject = content.subject.replace(/[\r\n]+/g, " ").trim();
  const lines = [
    ...(content.greeting ? [content.greeting, ""] : []),
    ...content.paragraphs.flatMap((p) => [p, ""]),
    ...(content.action ? [`${content.action.label}: ${content.action.url}`, ""] : []),
    "—",
    footer,
  ];
  const paragraph = (text: string) =>
    `<p style="margin:0 0 16px">${escapeHtml(text).replace(/\r?\n/g, "<br>")}</p>`;
  const html = [
    `<!doctype html><html lang="${content.locale}"><head><meta charset="utf-8"><title>${escapeHtml(subject)}</title></head>`,
    `<body style="font-family:Arial,Helvetica,sans-serif;color:#0f172a;line-height:1.5;max-width:600px;margin:0 auto;padding:16px">`,
    content.greeting ? paragraph(content.greeting) : "",
    ...content.paragraphs.map(paragraph),
    content.action
      ? `<p style="margin:24px 0"><a href="${escapeHtml(content.action.url)}" style="background:#1d4ed8;color:#ffffff;padding:10px 16px;border-radius:4px;text-decoration:none;font-weight:bold">${escapeHtml(content.action.label)}</a></p>`
      : "",
    `<hr style="border:none;border-top:1px solid #cbd5e1"><p style="font-size:13px;color:#334155">${escapeHtml(footer)}</p>`,
    `</body></html>`,
  ].join("");
  return { subject, text: lines.join("\n"), html };
}
