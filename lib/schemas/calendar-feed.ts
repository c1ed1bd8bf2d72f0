import "./zod-config";
import { z } from "zod";

/** Renewing or revoking the advisor's own feed: nothing to choose, the actor is the scope. */
export const feedSchema = z.object({});
export type FeedInput = z.infer<typeof feedSchema>;
