import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { requireRole } from "@/lib/server/auth/session";
import { getMyProfile } from "@/lib/server/data/profile";
import { ProfilePage } from "@/components/profile/profile-page";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("profile");
  return { title: t("title") };
}

export default async function MentorProfilePage() {
  const actor = await requireRole(["MENTOR"]);
  return <ProfilePage role="MENTOR" me={await getMyProfile(actor)} />;
}
