import { z } from "zod";
import { parsePhone } from "@/lib/domain/phone";
import { optionalSingleLine } from "./fields";

/**
 * A phone number as typed, "" when left empty. The schema refuses, it does not
 * rewrite: the data function stores it in E.164 (toStoredPhone). Messages are
 * `forms.phone.*` keys.
 */
export const phoneField = optionalSingleLine(40)
  .unwrap()
  .superRefine((value, ctx) => {
    if (value.trim() === "") return;
    const parsed = parsePhone(value);
    if (!parsed.ok) ctx.addIssue({ code: "custom", message: `phone.${parsed.error}` });
  });

/** The same field on a form that may not have it (absent: the stored number is kept). */
export const optionalPhone = phoneField.optional();

/** A learner's or mentor's own contact details. */
export const ownPhoneSchema = z.object({ phone: phoneField });
export type OwnPhoneInput = z.infer<typeof ownPhoneSchema>;
