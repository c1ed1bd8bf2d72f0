"use server";
import { revalidatePath } from "next/cache";
import { action } from "@/lib/server/actions/client";
import { now } from "@/lib/server/clock";
import { saveConfidentialProfile } from "@/lib/server/data/referent";
import { logPartnerExchange, openReferral, saveAccommodationPlan } from "@/lib/server/data/accommodation-plans";
import { accommodationPlanSchema, confidentialProfileSchema, partnerExchangeSchema, referralSchema } from "@/lib/schemas/special-category";

const REFERENT = ["DISABILITY_REFERENT"] as const;

export const saveConfidentialProfileAction = action("referent.saveProfile")
  .roles(REFERENT)
  .schema(confidentialProfileSchema)
  .run(async (actor, input) => {
    await saveConfidentialProfile(actor, input);
    revalidatePath(`/referent/learners/${input.learnerId}`);
  });

export const saveAccommodationPlanAction = action("referent.savePlan")
  .roles(REFERENT)
  .schema(accommodationPlanSchema)
  .run(async (actor, input) => {
    await saveAccommodationPlan(actor, input, now());
    revalidatePath(`/referent/learners/${input.learnerId}`);
  });

export const openReferralAction = action("referent.openReferral")
  .roles(REFERENT)
  .schema(referralSchema)
  .run(async (actor, input) => {
    await openReferral(actor, input);
    revalidatePath(`/referent/learners/${input.learnerId}`);
  });

export const logPartnerExchangeAction = action("referent.logExchange")
  .roles(REFERENT)
  .schema(partnerExchangeSchema)
  .run(async (actor, input) => {
    await logPartnerExchange(actor, input);
    revalidatePath("/referent", "layout");
  });
