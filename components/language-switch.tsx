import { getLocale, getTranslations } from "next-intl/server";
import { setLocale } from "@/lib/server/actions/locale";
import type { AppLocale } from "@/lib/i18n/config";

/** Two plain submit buttons: works without JavaScript and never changes context on focus. */
export async function LanguageSwitch() {
  const [locale, t] = await Promise.all([getLocale(), getTranslations("app")]);
  const options: { value: AppLocale; label: string }[] = [
    { value: "fr", label: t("french") },
    { value: "en", label: t("english") },
  ];
  return (
    <form action={setLocale} aria-label={t("language")} className="flex flex-wrap items-center gap-1 text-sm">
      {options.map((option) => (
        <button
          key={option.value}
          type="submit"
          name="locale"
          value={option.value}
          lang={option.value}
          aria-pressed={locale === option.value}
          className={
            locale === option.value
              ? "rounded border border-slate-900 bg-slate-900 px-2 py-1 font-semibold text-white"
              : "rounded border border-slate-400 bg-white px-2 py-1 text-slate-900 hover:bg-slate-100"
          }
        >
          {option.label}
        </button>
      ))}
    </form>
  );
}
