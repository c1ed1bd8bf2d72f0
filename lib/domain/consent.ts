// Explicit consent (GDPR art. 9-2-a) for special-category data: one purpose per
// consent, the text agreed to versioned. A text that changes gets a new version
// (a new key in the catalogue, lib/i18n/messages/special-category.ts, consentTexts):
// a consent given to an older version keeps showing the words the learner agreed to.
import type { ConsentPurpose, PartnerKind } from "@prisma/client";

export const PARTNERS = ["AGEFIPH", "CAP_EMPLOI", "MDPH"] as const satisfies readonly PartnerKind[];

/** The current version of each purpose's text (a key of `specialCategory.consentTexts`). */
export const CURRENT_CONSENT_TEXT = {
  ACCOMMODATIONS: "accommodationsV1",
  PARTNER_SHARING: "partnerSharingV1",
} as const satisfies Record<ConsentPurpose, string>;

export type ConsentTextVersion = "accommodationsV1" | "partnerSharingV1";

/** Every version ever published, so an old consent still reads its own words. */
export const CONSENT_TEXT_VERSIONS: readonly ConsentTextVersion[] = ["accommodationsV1", "partnerSharingV1"];

export type ConsentRow = { purpose: ConsentPurpose; partner: PartnerKind | null; withdrawnAt: Date | null };

/** Whether a live (not withdrawn) consent covers this purpose (and this partner, for sharing). */
export function consentCovers(consents: readonly ConsentRow[], purpose: ConsentPurpose, partner: PartnerKind | null = null): boolean {
  return consents.some((c) => c.withdrawnAt === null && c.purpose === purpose && (purpose !== "PARTNER_SHARING" || c.partner === partner));
}

/**
 * What a withdrawal stops and erases at once: accommodations → the confidential profile and
 * the plan (its accommodations, referrals and their log); a partner → sharing with that
 * partner stops (its referral is stopped and its exchange log erased).
 */
export function withdrawalEffect(purpose: ConsentPurpose): "erase-confidential" | "stop-partner" {
  return purpose === "ACCOMMODATIONS" ? "erase-confidential" : "stop-partner";
}
