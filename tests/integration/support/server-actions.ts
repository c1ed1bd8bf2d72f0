import fs from "node:fs";
import path from "node:path";

const root = path.resolve(__dirname, "../../..");

/** Every "use server" module under app/ and lib/ (importing them fills the action client's registry). */
export function serverActionModules(dir = root): string[] {
  if (dir === root) return [...serverActionModules(path.join(root, "app")), ...serverActionModules(path.join(root, "lib"))];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return serverActionModules(full);
    if (!/\.tsx?$/.test(entry.name)) return [];
    return /^\s*["']use server["']/.test(fs.readFileSync(full, "utf8")) ? [full] : [];
  });
}
