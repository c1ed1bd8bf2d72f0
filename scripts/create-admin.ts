// The first administrator of a new instance: `npm run admin:create -- --email a@school.fr
// --first-name Ada --last-name Martin [--locale en]`. Prints a single-use link (72 h) to
// choose the password; refused once an active administrator exists (then accounts are
// created in the portal). DATABASE_URL required, APP_URL for the link's host.
import { parseArgs } from "node:util";
import { z } from "zod";
import { requireValidEnv } from "@/lib/server/env";
import { bootstrapFirstAdmin } from "@/lib/server/data/auth-tokens";
import { appUrl } from "@/lib/server/mail/render";
import { disconnectDb } from "@/lib/server/db";
import { singleLine } from "@/lib/schemas/fields";

requireValidEnv({ databaseUrl: "required" });

const argsSchema = z.object({
  email: z.string().trim().email("an email address"),
  "first-name": singleLine(80),
  "last-name": singleLine(80),
  locale: z.enum(["fr", "en"]).default("fr"),
});

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: { email: { type: "string" }, "first-name": { type: "string" }, "last-name": { type: "string" }, locale: { type: "string" } },
  });
  const parsed = argsSchema.safeParse(values);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) console.error(`--${issue.path.join(".")}: ${issue.message}`);
    console.error("usage: npm run admin:create -- --email EMAIL --first-name NAME --last-name NAME [--locale fr|en]");
    return 1;
  }
  const input = parsed.data;
  const outcome = await bootstrapFirstAdmin({ email: input.email, firstName: input["first-name"], lastName: input["last-name"], locale: input.locale });
  if (!outcome.ok) {
    console.error(
      outcome.reason === "admin-exists"
        ? "An active administrator exists already: ask them to create the account in the portal (/admin/users/new)."
        : "An account with this email exists already.",
    );
    return 1;
  }
  console.log(`Administrator created. Their single-use link to choose a password (valid 72 hours):\n${appUrl(`/set-password/${outcome.token}`)}`);
  return 0;
}

main()
  .then(async (code) => {
    await disconnectDb();
    process.exit(code);
  })
  .catch(async (error) => {
    console.error(error instanceof Error ? error.message : error);
    await disconnectDb();
    process.exit(1);
  });
