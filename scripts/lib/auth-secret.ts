// Auth.js signs sessions with AUTH_SECRET. When the user gives none, one is
// generated once and kept in ./data/auth-secret (readable by us only), so
// sessions survive restarts and the secret never lands in git.
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { projectRoot } from "./paths";

export function authSecret(): string {
  if (process.env.AUTH_SECRET) return process.env.AUTH_SECRET;
  const file = path.join(projectRoot, "data", "auth-secret");
  fs.mkdirSync(path.dirname(file), { recursive: true });
  try {
    // "wx": two launchers starting together must not overwrite each other's secret.
    fs.writeFileSync(file, `${crypto.randomBytes(32).toString("base64url")}\n`, { mode: 0o600, flag: "wx" });
    console.log("[auth] generated AUTH_SECRET in ./data/auth-secret.");
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== "EEXIST") throw err;
  }
  const secret = fs.readFileSync(file, "utf8").trim();
  if (!secret) throw new Error(`${file} is empty: delete it (signed-in users will have to sign in again) or set AUTH_SECRET.`);
  return secret;
}
