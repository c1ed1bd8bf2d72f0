import { redirect } from "next/navigation";
import { currentActor } from "@/lib/server/auth/session";
import { landingFor } from "@/lib/domain/roles";

export const dynamic = "force-dynamic";

/** The front door: each role lands in its own space. */
export default async function Home() {
  const actor = await currentActor();
  redirect(actor ? landingFor(actor.role) : "/login");
}
