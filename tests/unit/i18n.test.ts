import { describe, expect, it } from "vitest";
import { en } from "@/lib/i18n/messages/en";
import { fr } from "@/lib/i18n/messages/fr";
import { format, isLocale } from "@/lib/i18n";

function keys(value: unknown, prefix = ""): string[] {
  if (typeof value !== "object" || value === null) return [prefix];
  return Object.entries(value).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k));
}

function placeholders(value: unknown): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  const walk = (v: unknown, path: string) => {
    // An ICU argument is named the same whether simple ({count}) or not ({count, plural, …}).
    if (typeof v === "string") out[path] = [...new Set([...v.matchAll(/\{(\w+)(?=[,}])/g)].map((m) => `{${m[1]}}`))].sort();
    else if (v && typeof v === "object") for (const [k, c] of Object.entries(v)) walk(c, path ? `${path}.${k}` : k);
  };
  walk(value, "");
  return out;
}

describe("message catalogues", () => {
  it("English has exactly the French keys", () => {
    expect(keys(en).sort()).toEqual(keys(fr).sort());
  });

  it("every translation keeps the same placeholders", () => {
    expect(placeholders(en)).toEqual(placeholders(fr));
  });

  it("no message is empty", () => {
    for (const catalogue of [fr, en]) {
      for (const [path, text] of Object.entries(placeholders(catalogue))) expect(path && text).toBeDefined();
      expect(JSON.stringify(catalogue)).not.toMatch(/:""/);
    }
  });
});

describe("format", () => {
  it.each([
    ["Bonjour {name}", { name: "Léa" }, "Bonjour Léa"],
    ["{count} / {commitment}", { count: 0, commitment: 1 }, "0 / 1"],
    ["{missing} stays", {}, "{missing} stays"],
    ["no placeholder", { name: "x" }, "no placeholder"],
  ])("%s", (template, values, expected) => {
    expect(format(template, values)).toBe(expected);
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
