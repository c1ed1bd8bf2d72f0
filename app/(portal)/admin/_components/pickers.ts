import "server-only";
import type { Actor } from "@/lib/server/auth/actor";
import { listStaffOptions, listTrainingPaths } from "@/lib/server/data/assignments";
import type { StaffPickers } from "./types";

/** The path, advisor and mentor choices of the admin forms. */
export async function loadPickers(actor: Actor): Promise<StaffPickers & { staff: Awaited<ReturnType<typeof listStaffOptions>> }> {
  const [paths, staff] = await Promise.all([listTrainingPaths(actor), listStaffOptions(actor)]);
  const option = (s: { id: string; name: string; email: string }) => ({ value: s.id, label: `${s.name} (${s.email})` });
  return {
    paths: paths.map((p) => ({ value: p.id, label: `${p.name} (${p.code})` })),
    advisors: staff.advisors.filter((s) => s.active).map(option),
    mentors: staff.mentors.filter((s) => s.active).map(option),
    staff,
  };
}
