import { z } from "zod";

/** A request page's presence beat (POST /api/requests/[id]/presence): what the person does there, or that they left. */
export const presenceBeatSchema = z.object({ state: z.enum(["VIEWING", "TYPING", "LEFT"], "required") });
export type PresenceBeat = z.infer<typeof presenceBeatSchema>;
