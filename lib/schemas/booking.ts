import { z } from "zod";
import { idSchema, isSafeLine, isSafeText } from "./fields";
import { phoneField } from "./phone";
import { parseDaysOff, parseWindows } from "@/lib/domain/availability-text";

const id = idSchema("id.invalid");
const paragraph = (max: number) => z.string().trim().max(max, "text.tooLong").refine(isSafeText, "controlChars");

/** A slot's start as the picker sends it (an ISO instant). */
const slot = z.string({ error: "slot.required" }).refine((v) => /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{3})?Z$/.test(v) && !Number.isNaN(Date.parse(v)), "slot.required");

export const bookCallSchema = z.object({
  startsAt: slot,
  phone: phoneField.refine((v) => v.trim() !== "", "phone.required"),
  topic: paragraph(1000),
  remindHourBefore: z.boolean(),
});
export type BookCallInput = z.infer<typeof bookCallSchema>;

export const moveMyCallSchema = z.object({ appointmentId: id, startsAt: slot });
export type MoveMyCallInput = z.infer<typeof moveMyCallSchema>;

export const cancelMyCallSchema = z.object({ appointmentId: id, reason: paragraph(500) });
export type CancelMyCallInput = z.infer<typeof cancelMyCallSchema>;

const windows = z
  .string()
  .max(200, "text.tooLong")
  .refine(isSafeLine, "controlChars")
  .superRefine((value, ctx) => {
    const parsed = parseWindows(value);
    if (!parsed.ok) ctx.addIssue({ code: "custom", message: `windows.${parsed.error}` });
  });

const whole = (min: number, max: number) =>
  z.string().regex(/^\d{1,4}$/, "number.invalid").refine((v) => Number(v) >= min && Number(v) <= max, "number.range");

export const availabilitySchema = z.object({
  day1: windows,
  day2: windows,
  day3: windows,
  day4: windows,
  day5: windows,
  day6: windows,
  day7: windows,
  daysOff: z
    .string()
    .max(4000, "text.tooLong")
    .refine(isSafeText, "controlChars")
    .superRefine((value, ctx) => {
      const parsed = parseDaysOff(value);
      if (!parsed.ok) ctx.addIssue({ code: "custom", message: `daysOff.${parsed.error}` });
    }),
  firstCallMinutes: whole(10, 120),
  followUpCallMinutes: whole(10, 120),
  bufferMinutes: whole(0, 60),
  minNoticeHours: whole(0, 168),
  horizonDays: whole(1, 90),
  dailyCap: whole(1, 20),
});
export type AvailabilityInput = z.infer<typeof availabilitySchema>;

/** A booking link's raw token, as the link's page passes it back (the server looks it up by hash). */
const linkToken = z.string({ error: "link.invalid" }).regex(/^[A-Za-z0-9_-]{32,64}$/, "link.invalid");

/** Booking through the signed link of an advisor's email: the same fields as a booking, and the link. */
export const bookWithLinkSchema = bookCallSchema.extend({ token: linkToken });
export type BookWithLinkInput = z.infer<typeof bookWithLinkSchema>;

/** The advisor emails the learner a link to choose the time of the case's next call. */
export const sendBookingLinkSchema = z.object({ caseId: id });
export type SendBookingLinkInput = z.infer<typeof sendBookingLinkSchema>;

/** "Proposer des créneaux" on a request whose learner asked to be called back. */
export const proposeSlotsSchema = z.object({ requestId: id });
export type ProposeSlotsInput = z.infer<typeof proposeSlotsSchema>;
