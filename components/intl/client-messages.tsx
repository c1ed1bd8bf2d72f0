import type { ReactNode } from "react";
import { getLocale, getMessages } from "next-intl/server";
import type { Messages } from "@/lib/i18n";
import { IntlClientProvider } from "./intl-client-provider";

type Namespace = keyof Messages;

/** Shared by every form: error messages and common words. */
const ALWAYS: Namespace[] = ["forms", "common"];

/**
 * Gives the client components below it only the namespaces they use (never
 * the whole catalogue), e.g. <ClientMessages namespaces={["contact"]}>.
 */
export async function ClientMessages({ namespaces, children }: { namespaces: Namespace[]; children: ReactNode }) {
  const [locale, all] = await Promise.all([getLocale(), getMessages()]);
  const picked: Record<string, unknown> = {};
  for (const ns of [...ALWAYS, ...namespaces]) picked[ns] = (all as Record<string, unknown>)[ns];
  return (
    <IntlClientProvider locale={locale} messages={picked as never} strict={process.env.I18N_STRICT === "1"}>
      {children}
    </IntlClientProvider>
  );
}
