import { describe, expect, it } from "vitest";
import { parse, TYPE, type MessageFormatElement } from "@formatjs/icu-messageformat-parser";
import { createTranslator, IntlErrorCode } from "next-intl";
import { en } from "@/lib/i18n/messages/en";
import { fr } from "@/lib/i18n/messages/fr";
import { isLocale } from "@/lib/i18n";
import { onIntlError } from "@/lib/i18n/request";

type Tree = { [key: string]: string | Tree };

function messages(tree: unknown, prefix = ""): [path: string, text: string][] {
  if (typeof tree === "string") return [[prefix, tree]];
  return Object.entries(tree as Tree).flatMap(([k, v]) => messages(v, prefix ? `${prefix}.${k}` : k));
}

/** Every argument a message takes, plural and select branches included. */
function argumentsOf(elements: MessageFormatElement[], out = new Set<string>()): Set<string> {
  for (const el of elements) {
    if (el.type === TYPE.argument || el.type === TYPE.number || el.type === TYPE.date || el.type === TYPE.time) out.add(el.value);
    if (el.type === TYPE.plural || el.type === TYPE.select) {
      out.add(el.value);
      for (const option of Object.values(el.options)) argumentsOf(option.value, out);
    }
    if (el.type === TYPE.tag) {
      out.add(`<${el.value}>`);
      argumentsOf(el.children, out);
    }
  }
  return out;
}

const frMessages = new Map(messages(fr));
const enMessages = new Map(messages(en));

describe("message catalogues", () => {
  it("English has exactly the French keys", () => {
    expect([...enMessages.keys()].sort()).toEqual([...frMessages.keys()].sort());
  });

  it.each([...frMessages.keys()])("%s parses as ICU in both languages, with the same arguments", (path) => {
    const a = argumentsOf(parse(frMessages.get(path)!));
    const b = argumentsOf(parse(enMessages.get(path) ?? ""));
    expect([...b].sort()).toEqual([...a].sort());
  });

  it("no message is empty, and none writes a plural as (s)", () => {
    for (const [path, text] of [...frMessages, ...enMessages]) {
      expect(text.trim(), path).not.toBe("");
      expect(text, path).not.toMatch(/\((?:s|e|es|x)\)/);
    }
  });

  it("English punctuation takes no space before a colon, question or exclamation mark", () => {
    for (const [path, text] of enMessages) expect(text, path).not.toMatch(/\S\s+[:?!](\s|$)/);
  });

  it("a placeholder not supplied is an error, never the raw template", () => {
    const errors: string[] = [];
    const t = createTranslator({ locale: "fr", messages: { m: { hello: "Bonjour {name}" } }, onError: (e) => void errors.push(e.code) });
    t("m.hello" as never);
    expect(errors).toEqual([IntlErrorCode.FORMATTING_ERROR]);
  });

  it("under I18N_STRICT a missing message or placeholder throws (the end-to-end tests run so)", () => {
    const before = process.env.I18N_STRICT;
    process.env.I18N_STRICT = "1";
    try {
      const t = createTranslator({ locale: "fr", messages: fr, onError: onIntlError });
      expect(() => t("learner.welcome" as never)).toThrow();
      expect(() => t("no.such.key" as never)).toThrow();
      expect(t("learner.welcome", { name: "Léa" })).toBe("Bonjour Léa");
    } finally {
      process.env.I18N_STRICT = before;
    }
  });
});

describe("isLocale", () => {
  it.each([
    ["fr", true],
    ["en", true],
    ["de", false],
    ["", false],
    [undefined, false],
  ])("%s → %s", (value, expected) => {
    expect(isLocale(value)).toBe(expected);
  });
});
