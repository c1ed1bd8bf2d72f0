"use server";
import { redirect } from "next/navigation";
import { signOut } from "@/lib/server/auth/auth";

export async function signOutAction(): Promise<void> {
  await signOut({ redirect: false });
  redirect("/login");
}
