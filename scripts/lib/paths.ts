// Where things live. Scripts run under tsx in CommonJS mode (package.json has
// no "type": "module"), where __dirname is scripts/lib; vitest's module runner
// may not define it, and then the project is found from the working directory.
import fs from "node:fs";
import path from "node:path";

function findProjectRoot(start: string): string {
  for (let dir = start; ; dir = path.dirname(dir)) {
    if (fs.existsSync(path.join(dir, "package.json"))) return dir;
    if (path.dirname(dir) === dir) return start;
  }
}

export const projectRoot = findProjectRoot(typeof __dirname === "string" ? __dirname : process.cwd());

/** A binary installed by npm into node_modules/.bin (never through npx). */
export function bin(name: string): string {
  return path.join(projectRoot, "node_modules", ".bin", name);
}

/** Shortens absolute paths inside the project for messages. */
export function display(p: string): string {
  const rel = path.relative(projectRoot, p);
  return rel && !rel.startsWith("..") && !path.isAbsolute(rel) ? `./${rel}` : p;
}
