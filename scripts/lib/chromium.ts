// Which Chromium the browser tests drive. Playwright's own download is never
// used on these machines (no network but the registries): Debian's package is.
import fs from "node:fs";

export interface ChromiumChoice {
  path?: string;
  /** Where it came from, or why none was found. */
  note: string;
}

export function findChromium(): ChromiumChoice {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) {
    return fs.existsSync(fromEnv)
      ? { path: fromEnv, note: "CHROMIUM_PATH" }
      : { note: `CHROMIUM_PATH=${fromEnv} does not exist` };
  }
  if (fs.existsSync("/usr/bin/chromium")) return { path: "/usr/bin/chromium", note: "Debian's chromium package" };
  const bundled = playwrightChromium();
  if (bundled) return { path: bundled, note: "Playwright's installed browser" };
  return {
    note: "no Chromium found: install Debian's (apt-get install -y --no-install-recommends chromium) or set CHROMIUM_PATH",
  };
}

function playwrightChromium(): string | undefined {
  try {
    // Loaded only here: importing Playwright is slow and not needed otherwise.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { chromium } = require("@playwright/test") as typeof import("@playwright/test");
    const executable = chromium.executablePath();
    return executable && fs.existsSync(executable) ? executable : undefined;
  } catch {
    return undefined;
  }
}
