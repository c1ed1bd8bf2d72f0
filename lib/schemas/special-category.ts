import { z } from "zod";
import "./zod-config";
import { calendarDate, idSchema, optionalMultiLine, optionalSingleLine, singleLine } from "./fields";
import { fromFormData } from "./form-data";

// Forms of the disability referent, the learner's consents and the admin's privacy tools.
// Error keys resolve under specialCategory.errors (then forms.*).

const TEXT_MAX = 4000;
const partner = z.enum(["AGEFIPH", "CAP_EMPLOI", "MDPH"], "partner");

/** The referent edits the learner's confidential profile (only with the learner's consent). */
export const confidentialProfileSchema = z.object({
  learnerId: idSchema(),
  rqth: z.enum(["yes", "no"], "rqth"),
  rqthDetails: optionalMultiLine(TEXT_MAX),
  healthNotes: optionalMultiLine(TEXT_MAX),
});
export type ConfidentialProfileInput = z.infer<typeof confidentialProfileSchema>;

/** The accommodation plan: one accommodation a line, per audience, and the review date. */
export const accommodationPlanSchema = z.object({
  learnerId: idSchema(),
  reviewDate: calendarDate("date"),
  mentor: optionalMultiLine(TEXT_MAX),
  examiner: optionalMultiLine(TEXT_MAX),
  school: optionalMultiLine(TEXT_MAX),
});
export type AccommodationPlanInput = z.infer<typeof accommodationPlanSchema>;

export const referralSchema = z.object({ learnerId: idSchema(), partner, contactName: optionalSingleLine(200) });
export type ReferralInput = z.infer<typeof referralSchema>;

export const partnerExchangeSchema = z.object({ referralId: idSchema(), occurredOn: calendarDate("date"), summary: singleLine(1000) });
export type PartnerExchangeInput = z.infer<typeof partnerExchangeSchema>;

/** The learner's explicit consent: the purpose, the partner for sharing, and the box ticked. */
export const giveConsentSchema = z
  .object({
    purpose: z.enum(["ACCOMMODATIONS", "PARTNER_SHARING"], "purpose"),
    partner: z.enum(["", "AGEFIPH", "CAP_EMPLOI", "MDPH"], "partner"),
    agree: z.boolean("agree").refine((v) => v, "agree"),
  })
  .refine((v) => v.purpose !== "PARTNER_SHARING" || v.partner !== "", { path: ["partner"], message: "partner" });
export type GiveConsentInput = z.infer<typeof giveConsentSchema>;

export const withdrawConsentSchema = fromFormData(z.object({ consentId: idSchema() }));

/** Admin: find a learner by name or email for an export or an erasure (GDPR art. 15 / 17). */
export const learnerLookupSchema = z.object({ q: singleLine(320) });

/** Admin: the export for a written request (art. 15): when it was received, its reference, the format. */
export const adminExportSchema = z.object({
  learnerId: idSchema(),
  receivedOn: calendarDate("date"),
  reference: singleLine(200),
  format: z.enum(["json", "pdf"], "format"),
});
export type AdminExportInput = z.infer<typeof adminExportSchema>;

/** Admin: the erasure on request (art. 17), confirmed by typing the learner's name. */
export const eraseLearnerSchema = z.object({ learnerId: idSchema(), confirmName: singleLine(200) });
export type EraseLearnerInput = z.infer<typeof eraseLearnerSchema>;

/** Admin: a legal hold on a learner (litigation, inspection), with its reason and last day. */
export const legalHoldSchema = z.object({ learnerId: idSchema(), reason: singleLine(500), endsOn: calendarDate("date") });
export type LegalHoldInput = z.infer<typeof legalHoldSchema>;

export const liftLegalHoldSchema = z.object({ learnerId: idSchema() });
