"use server";
import { revalidatePath } from "next/cache";
import { action } from "@/lib/server/actions/client";
import { now } from "@/lib/server/clock";
import { eraseLearner } from "@/lib/server/data/erasure";
import { liftLegalHold, setLegalHold } from "@/lib/server/data/legal-holds";
import { exportLearnerData } from "@/lib/server/data/learner-export";
import { renderLearnerExportPdf } from "@/lib/server/pdf/learner-export";
import { adminExportSchema, eraseLearnerSchema, legalHoldSchema, liftLegalHoldSchema } from "@/lib/schemas/special-category";

/**
 * The export for a written request (GDPR art. 15): the learner's own export (same data
 * function, same PDF), audited with who, when and the request's reference and date. The
 * file comes back to the form, which saves it.
 */
export const exportLearnerAction = action("privacy.exportLearner")
  .roles(["ADMIN"])
  .schema(adminExportSchema)
  .run(async (actor, input) => {
    const data = await exportLearnerData(actor, input.learnerId, now(), input.reference, input.receivedOn);
    const filename = `donnees-${input.learnerId}-${input.receivedOn}.${input.format}`;
    if (input.format === "json") return { filename, contentType: "application/json", text: JSON.stringify(data, null, 2) };
    const pdf = await renderLearnerExportPdf(data, actor.locale);
    return { filename, contentType: "application/pdf", base64: Buffer.from(pdf).toString("base64") };
  });

/** Erasure on request (GDPR art. 17), after the preview, confirmed by typing the learner's name. */
export const eraseLearnerAction = action("privacy.eraseLearner")
  .roles(["ADMIN"])
  .schema(eraseLearnerSchema)
  .run(async (actor, input) => {
    const counts = await eraseLearner(actor, input, now());
    revalidatePath("/admin/privacy");
    return counts;
  });

export const setLegalHoldAction = action("privacy.setLegalHold")
  .roles(["ADMIN"])
  .schema(legalHoldSchema)
  .run(async (actor, input) => {
    await setLegalHold(actor, input, now());
    revalidatePath("/admin/privacy");
  });

export const liftLegalHoldAction = action("privacy.liftLegalHold")
  .roles(["ADMIN"])
  .schema(liftLegalHoldSchema)
  .run(async (actor, input) => {
    await liftLegalHold(actor, input.learnerId);
    revalidatePath("/admin/privacy");
  });
