import type { Messages } from "./messages/fr";
import type { AppLocale, formats } from "./config";

// Typed keys: t("triage.thread.back") is checked against the French catalogue.
declare module "next-intl" {
  interface AppConfig {
    Locale: AppLocale;
    Messages: Messages;
    Formats: typeof formats;
  }
}
