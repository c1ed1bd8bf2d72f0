import { z } from "zod";
import { idSchema } from "./fields";

// The unmatched queue's forms (support and the Mentorship Manager).

export const attachInboundSchema = z.object({
  id: idSchema(),
  /** The request's number as shown everywhere ("n° 1234"). */
  requestNumber: z.string({ error: "requestNumber" }).trim().regex(/^[1-9]\d{0,8}$/, "requestNumber"),
});
export type AttachInboundInput = z.infer<typeof attachInboundSchema>;

export const discardInboundSchema = z.object({ id: idSchema() });
export type DiscardInboundInput = z.infer<typeof discardInboundSchema>;
