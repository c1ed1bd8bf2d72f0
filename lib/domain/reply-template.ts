// The canned replies' and macros' template language: text with `{{variable}}`
// placeholders, nothing else (no logic, no filters, no HTML). The variables are
// a closed list: none of them reads a health, absence-reason or RQTH field, so a
// template can never reveal one, whatever it says. Unknown names are refused
// when a template is saved, and rendered as nothing should one ever reach here.

export const TEMPLATE_VARIABLES = [
  "learner.firstName",
  "learner.lastName",
  "learner.name",
  "advisor.firstName",
  "advisor.name",
  "mentor.name",
  "request.number",
  "request.subject",
  "request.topic",
  "agent.firstName",
  "agent.name",
] as const;
export type TemplateVariable = (typeof TEMPLATE_VARIABLES)[number];
export type TemplateValues = Record<TemplateVariable, string>;

const KNOWN: ReadonlySet<string> = new Set(TEMPLATE_VARIABLES);
// `{{ name }}`: spaces inside the braces are allowed; a name is letters, digits, dots, `_` and `-`.
const PLACEHOLDER = /\{\{\s*([^{}]*?)\s*\}\}/g;

export function isTemplateVariable(name: string): name is TemplateVariable {
  return KNOWN.has(name);
}

/** What is wrong with a template: the first unknown variable, or a brace pair left open. */
export type TemplateProblem = { kind: "unknownVariable"; name: string } | { kind: "unclosed" } | null;

export function checkTemplate(body: string): TemplateProblem {
  for (const match of body.matchAll(PLACEHOLDER)) {
    const name = match[1]!;
    if (!isTemplateVariable(name)) return { kind: "unknownVariable", name: name.slice(0, 60) || "{{}}" };
  }
  // What is left once every placeholder is gone must hold no `{{` or `}}`.
  const rest = body.replace(PLACEHOLDER, "");
  return rest.includes("{{") || rest.includes("}}") ? { kind: "unclosed" } : null;
}

/** The variables a template uses, each once, in order of first use. */
export function variablesOf(body: string): TemplateVariable[] {
  const seen: TemplateVariable[] = [];
  for (const match of body.matchAll(PLACEHOLDER)) {
    const name = match[1]!;
    if (isTemplateVariable(name) && !seen.includes(name)) seen.push(name);
  }
  return seen;
}

/**
 * The text with each variable replaced by its value. Values are inserted as typed
 * (the reply is plain text, escaped where it is shown) and never parsed again, so a
 * value holding `{{…}}` stays as it is.
 */
export function renderTemplate(body: string, values: TemplateValues): string {
  return body.replace(PLACEHOLDER, (_, name: string) => (isTemplateVariable(name) ? values[name] : ""));
}

/** The values a request gives its templates: the person's names, never their details. */
export function templateValuesOf(input: {
  learner: { firstName: string; lastName: string };
  advisor: { firstName: string; lastName: string } | null;
  mentor: { firstName: string; lastName: string } | null;
  request: { number: number; subject: string; topicLabel: string };
  agent: { firstName: string; lastName: string };
}): TemplateValues {
  const full = (p: { firstName: string; lastName: string } | null) => (p ? `${p.firstName} ${p.lastName}` : "");
  return {
    "learner.firstName": input.learner.firstName,
    "learner.lastName": input.learner.lastName,
    "learner.name": full(input.learner),
    "advisor.firstName": input.advisor?.firstName ?? "",
    "advisor.name": full(input.advisor),
    "mentor.name": full(input.mentor),
    "request.number": String(input.request.number),
    "request.subject": input.request.subject,
    "request.topic": input.request.topicLabel,
    "agent.firstName": input.agent.firstName,
    "agent.name": full(input.agent),
  };
}
