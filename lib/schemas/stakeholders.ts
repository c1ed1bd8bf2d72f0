import { z } from "zod";
import { calendarDate, idSchema, isSafeLine, isSafeText } from "./fields";
import { EXCHANGE_CHANNELS, SHARING_SCOPES, STAKEHOLDER_KINDS } from "@/lib/domain/stakeholders";

const id = idSchema("id.invalid");
const optionalLine = (max: number) => z.string().trim().max(max, "text.tooLong").refine(isSafeLine, "text.invalid");

export const stakeholderSchema = z.object({
  learnerId: id,
  /** Empty when adding; the stakeholder's id when editing. */
  stakeholderId: z.union([id, z.literal("")]),
  kind: z.enum(STAKEHOLDER_KINDS, "kind.required"),
  organisation: z.string().trim().min(1, "organisation.required").max(200, "text.tooLong").refine(isSafeLine, "text.invalid"),
  personName: optionalLine(200),
  roleTitle: optionalLine(200),
  email: z.union([z.literal(""), z.string().trim().max(254, "text.tooLong").email("email.invalid").refine(isSafeLine, "email.invalid")]),
  phone: z.union([z.literal(""), z.string().trim().max(40, "text.tooLong").regex(/^[0-9+().\s-]{4,40}$/, "phone.invalid")]),
  sharing: z.array(z.enum(SHARING_SCOPES)).max(SHARING_SCOPES.length),
});
export type StakeholderInput = z.infer<typeof stakeholderSchema>;

export const exchangeSchema = z.object({
  stakeholderId: id,
  occurredOn: calendarDate("occurredOn.required"),
  channel: z.enum(EXCHANGE_CHANNELS, "channel.required"),
  summary: z.string().trim().min(1, "summary.required").max(2000, "text.tooLong").refine(isSafeText, "text.invalid"),
  /** What the exchange shared: checked against what the learner agreed to. */
  shared: z.array(z.enum(SHARING_SCOPES)).max(SHARING_SCOPES.length),
});
export type ExchangeInput = z.infer<typeof exchangeSchema>;

export const archiveStakeholderSchema = z.object({ stakeholderId: id });
