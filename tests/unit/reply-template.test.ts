import { describe, expect, it } from "vitest";
import { checkTemplate, renderTemplate, TEMPLATE_VARIABLES, templateValuesOf, variablesOf, type TemplateValues } from "@/lib/domain/reply-template";
import { bulkSchema, cannedReplyFields, mergeFields, requestNumberOf } from "@/lib/schemas/team-tools";

const values = templateValuesOf({
  learner: { firstName: "Léa", lastName: "Dubois" },
  advisor: { firstName: "Karim", lastName: "Benali" },
  mentor: null,
  request: { number: 1234, subject: "Attestation CPF", topicLabel: "Questions administratives / support" },
  agent: { firstName: "Sam", lastName: "Support" },
});

describe("canned reply templates", () => {
  it.each([
    ["Bonjour {{learner.firstName}},", "Bonjour Léa,"],
    ["{{ learner.name }} — n° {{request.number}}", "Léa Dubois — n° 1234"],
    ["Votre conseiller {{advisor.name}} ({{advisor.firstName}})", "Votre conseiller Karim Benali (Karim)"],
    ["Mentor : {{mentor.name}}.", "Mentor : ."],
    ["{{request.subject}} / {{request.topic}}", "Attestation CPF / Questions administratives / support"],
    ["— {{agent.name}}", "— Sam Support"],
    ["Sans variable.", "Sans variable."],
    ["{{learner.firstName}}{{learner.firstName}}", "LéaLéa"],
  ])("renders %j", (body, expected) => {
    expect(checkTemplate(body)).toBeNull();
    expect(renderTemplate(body, values)).toBe(expected);
  });

  it("never parses a value again: a name holding braces stays as typed", () => {
    const sneaky: TemplateValues = { ...values, "learner.firstName": "{{advisor.name}}" };
    expect(renderTemplate("Bonjour {{learner.firstName}}", sneaky)).toBe("Bonjour {{advisor.name}}");
  });

  it.each([
    ["{{learner.rqth}}", "learner.rqth"],
    ["{{learner.health}}", "learner.health"],
    ["{{request.sensitive.reason}}", "request.sensitive.reason"],
    ["Bonjour {{learner.firstName}} {{Learner.FirstName}}", "Learner.FirstName"],
    ["{{}}", "{{}}"],
    ["{{ request.details }}", "request.details"],
  ])("refuses the unknown variable in %j, naming it", (body, name) => {
    expect(checkTemplate(body)).toEqual({ kind: "unknownVariable", name });
  });

  it.each(["Bonjour {{learner.firstName", "Bonjour learner.firstName}}", "{{learner.firstName}} }}", "{{ {{learner.firstName}}"])("refuses braces left open in %j", (body) => {
    expect(checkTemplate(body)).toEqual({ kind: "unclosed" });
  });

  it("single braces are text", () => {
    expect(checkTemplate("{{{learner.firstName}}}")).toBeNull();
    expect(renderTemplate("{{{learner.firstName}}}", values)).toBe("{Léa}");
  });

  it("renders an unknown variable as nothing, should one ever reach the renderer", () => {
    expect(renderTemplate("a{{learner.rqth}}b", values)).toBe("ab");
  });

  it("no variable reads health, absence-reason or RQTH details", () => {
    for (const name of TEMPLATE_VARIABLES) expect(name).not.toMatch(/rqth|health|sensitive|reason|absence|detail|phone|email/i);
    expect(Object.keys(values).sort()).toEqual([...TEMPLATE_VARIABLES].sort());
  });

  it("lists the variables a template uses, once each", () => {
    expect(variablesOf("{{learner.firstName}} {{request.number}} {{learner.firstName}} {{nope}}")).toEqual(["learner.firstName", "request.number"]);
  });
});

describe("team tools schemas", () => {
  it("a canned reply needs a title, a language, a scope and a text", () => {
    const parsed = cannedReplyFields.safeParse({ title: "", locale: "de", scope: "SHARED", body: " " });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((i) => i.path.join("."))).toEqual(["title", "locale", "body"]);
  });

  it.each([
    ["1234", 1234],
    ["n° 1234", 1234],
    ["N°12", 12],
  ])("reads the request number %j", (value, number) => {
    expect(mergeFields.safeParse({ target: value }).success).toBe(true);
    expect(requestNumberOf(value)).toBe(number);
  });

  it.each(["", "abc", "12a", "1234567890123", "-5"])("refuses the request number %j", (value) => {
    expect(mergeFields.safeParse({ target: value }).success).toBe(false);
  });

  it("a bulk priority change needs a reason; a status must be a status", () => {
    const rows = [{ id: "abc", version: 1 }];
    expect(bulkSchema.safeParse({ rows, operation: "priority", value: "HIGH", reason: "" }).error?.issues[0]?.path).toEqual(["reason"]);
    expect(bulkSchema.safeParse({ rows, operation: "status", value: "HIGH", reason: "" }).error?.issues[0]?.path).toEqual(["value"]);
    expect(bulkSchema.safeParse({ rows: [], operation: "status", value: "NEW", reason: "" }).error?.issues[0]?.message).toBe("rows");
    expect(bulkSchema.safeParse({ rows, operation: "assign", value: "LEARNER_ADVISOR", reason: "" }).success).toBe(true);
  });
});
