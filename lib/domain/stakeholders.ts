import type { ExchangeChannel, SharingScope, StakeholderKind } from "@prisma/client";

export const STAKEHOLDER_KINDS = ["FRANCE_TRAVAIL", "CAP_EMPLOI", "AGEFIPH", "MISSION_LOCALE", "EMPLOYER", "OTHER"] as const satisfies readonly StakeholderKind[];
export const SHARING_SCOPES = ["PROGRESS", "ATTENDANCE", "HEALTH", "RQTH"] as const satisfies readonly SharingScope[];
export const EXCHANGE_CHANNELS = ["PHONE", "EMAIL", "MEETING", "VIDEO", "OTHER"] as const satisfies readonly ExchangeChannel[];

/** Special-category data: never shared with a stakeholder unless the learner agreed. */
export const SENSITIVE_SCOPES: readonly SharingScope[] = ["HEALTH", "RQTH"];

/** What an exchange would share that the learner did not agree to share with this stakeholder. */
export function notAgreed(agreed: readonly SharingScope[], shared: readonly SharingScope[]): SharingScope[] {
  return shared.filter((scope) => !agreed.includes(scope));
}
