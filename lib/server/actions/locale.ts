"use server";
import { cookies } from "next/headers";
import { revalidatePath } from "next/cache";
import { LOCALE_COOKIE, isLocale } from "@/lib/i18n";
import { currentActor } from "@/lib/server/auth/session";
import { saveUserLocale } from "@/lib/server/data/users";

/** Remembers the language in a cookie, and on the account (emails use it) when signed in. */
export async function setLocale(formData: FormData): Promise<void> {
  const locale = formData.get("locale");
  if (!isLocale(locale)) return;
  (await cookies()).set(LOCALE_COOKIE, locale, {
    path: "/",
    maxAge: 60 * 60 * 24 * 365,
    sameSite: "lax",
    httpOnly: true,
  });
  const actor = await currentActor();
  if (actor) await saveUserLocale(actor, locale);
  revalidatePath("/", "layout");
}
