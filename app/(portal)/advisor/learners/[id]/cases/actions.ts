"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { action } from "@/lib/server/actions/client";
import {
  cancelAppointment,
  closeCase,
  logPastCall,
  openCase,
  recordAppointment,
  rescheduleAppointment,
  saveChecklist,
  scheduleAppointment,
} from "@/lib/server/data/follow-up-cases";
import {
  cancelAppointmentSchema,
  checklistSchema,
  closeCaseSchema,
  logPastCallSchema,
  openCaseSchema,
  recordAppointmentSchema,
  rescheduleAppointmentSchema,
  scheduleAppointmentSchema,
} from "@/lib/schemas/follow-up";
import { sendBookingLinkSchema } from "@/lib/schemas/booking";
import { sendCaseBookingLink } from "@/lib/server/data/booking-links";

// The data functions throw the refusals ("conflict", "past", a field's "blocker.required"…):
// the action client turns them into the form's errors. A case shows on the learner file and
// on the dashboard too, hence the whole /advisor space revalidated.
const ADVISOR = ["ADVISOR"] as const;
const revalidateAdvisor = () => revalidatePath("/advisor", "layout");

export const openCaseAction = action("advisor.openCase")
  .roles(ADVISOR)
  .schema(openCaseSchema)
  .run(async (actor, input) => {
    const { caseId } = await openCase(actor, input);
    revalidateAdvisor();
    redirect(`/advisor/learners/${input.learnerId}/cases/${caseId}`);
  });

export const scheduleAppointmentAction = action("advisor.scheduleAppointment")
  .roles(ADVISOR)
  .schema(scheduleAppointmentSchema)
  .run(async (actor, input) => {
    await scheduleAppointment(actor, input);
    revalidateAdvisor();
  });

export const recordAppointmentAction = action("advisor.recordAppointment")
  .roles(ADVISOR)
  .schema(recordAppointmentSchema)
  .run(async (actor, input) => {
    await recordAppointment(actor, input);
    revalidateAdvisor();
  });

export const logPastCallAction = action("advisor.logPastCall")
  .roles(ADVISOR)
  .schema(logPastCallSchema)
  .run(async (actor, input) => {
    await logPastCall(actor, input);
    revalidateAdvisor();
  });

// The learner's space shows their calls too.
export const rescheduleAppointmentAction = action("advisor.rescheduleAppointment")
  .roles(ADVISOR)
  .schema(rescheduleAppointmentSchema)
  .run(async (actor, input) => {
    await rescheduleAppointment(actor, input);
    revalidateAdvisor();
    revalidatePath("/learner");
  });

export const cancelAppointmentAction = action("advisor.cancelAppointment")
  .roles(ADVISOR)
  .schema(cancelAppointmentSchema)
  .run(async (actor, input) => {
    await cancelAppointment(actor, input);
    revalidateAdvisor();
    revalidatePath("/learner");
  });

export const closeCaseAction = action("advisor.closeCase")
  .roles(ADVISOR)
  .schema(closeCaseSchema)
  .run(async (actor, input) => {
    await closeCase(actor, input);
    revalidateAdvisor();
  });

export const saveChecklistAction = action("advisor.saveChecklist")
  .roles(ADVISOR)
  .schema(checklistSchema)
  .run(async (actor, input) => {
    await saveChecklist(actor, input);
    revalidateAdvisor();
  });

/** Emails the learner a signed link to choose the time of the case's next call. */
export const sendBookingLinkAction = action("advisor.sendBookingLink")
  .roles(ADVISOR)
  .schema(sendBookingLinkSchema)
  .run(async (actor, input) => {
    await sendCaseBookingLink(actor, input);
    revalidateAdvisor();
  });
