"use server";
import { cookies } from "next/headers";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { LOCALES, LOCALE_COOKIE } from "@/lib/i18n/config";
import { saveUserLocale } from "@/lib/server/data/users";
import { fromFormData } from "@/lib/schemas/form-data";
import { action } from "./client";

/** Remembers the language in a cookie, and on the account (emails use it) when signed in. */
export const setLocale = action("app.setLocale")
  .public()
  .schema(fromFormData(z.object({ locale: z.enum(LOCALES) })))
  .formAction(async (actor, { locale }) => {
    (await cookies()).set(LOCALE_COOKIE, locale, {
      path: "/",
      maxAge: 60 * 60 * 24 * 365,
      sameSite: "lax",
      httpOnly: true,
    });
    if (actor) await saveUserLocale(actor, locale);
    revalidatePath("/", "layout");
  });
