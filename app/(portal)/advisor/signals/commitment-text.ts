import "server-only";
import { getTranslations } from "next-intl/server";
import { MAX_WEEKLY_COMMITMENT, MIN_WEEKLY_COMMITMENT } from "@/lib/domain/commitment";
import type { CommitmentFormText } from "@/components/weekly-commitment-form";

/** The weekly-commitment form's words, translated here so the client gets strings, not the catalogue. */
export async function commitmentText(): Promise<(name: string) => CommitmentFormText> {
  const t = await getTranslations("sessions.commitmentForm");
  const options: Record<number, string> = {};
  for (let n = MIN_WEEKLY_COMMITMENT; n <= MAX_WEEKLY_COMMITMENT; n++) options[n] = t("option", { count: n });
  return (name) => ({ label: t("label"), of: t("of", { name }), options, submit: t("submit"), saved: t("saved") });
}
