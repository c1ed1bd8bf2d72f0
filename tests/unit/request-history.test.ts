import { describe, expect, it } from "vitest";
import { createTranslator } from "next-intl";
import type { RequestQueue } from "@prisma/client";
import { en } from "@/lib/i18n/messages/en";
import { fr } from "@/lib/i18n/messages/fr";
import { moveLineArgs, type MoveEvent } from "@/lib/domain/request-history";

// The history line of a move, in both languages, as the request page renders it.
const awa = { firstName: "Awa", lastName: "Diallo" };
const camille = { firstName: "Camille", lastName: "Martin" };
const paul = { firstName: "Paul", lastName: "Leroy" };

function line(locale: "fr" | "en", event: MoveEvent) {
  const t = createTranslator({ locale, messages: locale === "fr" ? fr : en, namespace: "triage.thread" });
  return t("events.REASSIGNED", moveLineArgs(event, (q: RequestQueue) => t(`queueShort.${q}`), t("nobody")));
}

const move = (over: Partial<MoveEvent>): MoveEvent => ({ actor: awa, fromAssignee: null, toAssignee: camille, fromQueue: "TRIAGE", toQueue: "ADVISOR", ...over });

describe("a move reads in words", () => {
  it.each([
    ["fr", "forwarded from the triage queue", move({}), "transmise par Awa Diallo à Camille Martin (file Tri → Conseiller)"],
    ["en", "forwarded from the triage queue", move({}), "forwarded by Awa Diallo to Camille Martin (Triage queue → Advisor)"],
    ["fr", "moved from one person to another", move({ fromAssignee: paul, fromQueue: "ADVISOR", toQueue: "SUPPORT" }), "transmise par Awa Diallo, de Paul Leroy à Camille Martin (file Conseiller → Support)"],
    ["en", "moved from one person to another", move({ fromAssignee: paul, fromQueue: "ADVISOR", toQueue: "SUPPORT" }), "forwarded by Awa Diallo, from Paul Leroy to Camille Martin (Advisor queue → Support)"],
    ["fr", "recorded before the origin queue was kept", move({ fromQueue: null }), "transmise par Awa Diallo à Camille Martin (file Conseiller)"],
    ["en", "recorded before the origin queue was kept", move({ fromQueue: null }), "forwarded by Awa Diallo to Camille Martin (Advisor queue)"],
    ["fr", "without any queue", move({ fromQueue: null, toQueue: null }), "transmise par Awa Diallo à Camille Martin"],
  ] as const)("%s: %s", (locale, _, event, expected) => {
    expect(line(locale, event)).toBe(expected);
  });

  it("never says the request came from nobody", () => {
    for (const locale of ["fr", "en"] as const) expect(line(locale, move({}))).not.toMatch(/personne|nobody/);
  });
});
