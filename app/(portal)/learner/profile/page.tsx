import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { requireRole } from "@/lib/server/auth/session";
import { getMyProfile } from "@/lib/server/data/profile";
import { ProfilePage } from "@/components/profile/profile-page";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("profile");
  return { title: t("title") };
}

export default async function LearnerProfilePage() {
  const actor = await requireRole(["LEARNER"]);
  return <ProfilePage role="LEARNER" me={await getMyProfile(actor)} />;
}
