import "server-only";
import { getTranslations } from "next-intl/server";
import { TEMPLATE_VARIABLES } from "@/lib/domain/reply-template";

/** The variables a template may use, as the hint under a canned reply's or a macro's text. */
export async function variablesHint(): Promise<string> {
  const t = await getTranslations("teamTools");
  return t("variables", { list: TEMPLATE_VARIABLES.map((v) => `{{${v}}}`).join(", ") });
}
