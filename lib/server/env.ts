// The environment, validated once at start (scripts/start.ts, scripts/worker.ts, and the
// web server itself through instrumentation.ts, so a plain `next start` is checked too):
// one message per bad variable, naming it, never echoing its value (it may be a
// secret). No `import "server-only"` here, unlike the rest of lib/server: the
// launcher imports it outside React's server condition, before Next.js starts.
import { z } from "zod";

/** An unset variable and an empty one (`SMTP_URL=` in a .env file) mean the same. */
const optional = <T extends z.ZodType>(schema: T) => z.preprocess((v) => (v === "" ? undefined : v), schema.optional());

const urlWith = (protocols: string[], what: string) =>
  z.string().refine((value) => {
    try {
      return protocols.includes(new URL(value).protocol.replace(/:$/, ""));
    } catch {
      return false;
    }
  }, `must be ${what}`);

const integer = (min: number, max: number) =>
  z.string().regex(/^\d+$/, `must be a whole number from ${min} to ${max}`).transform(Number).refine((n) => n >= min && n <= max, `must be a whole number from ${min} to ${max}`);

export const LOG_LEVELS = ["debug", "info", "warn", "error"] as const;

export const envSchema = z
  .object({
    NODE_ENV: optional(z.enum(["development", "production", "test"], { error: "must be development, production or test" })),
    DATABASE_URL: optional(urlWith(["postgres", "postgresql"], "a postgres:// or postgresql:// URL")),
    // Migrations only (npm run db:migrate, npm start): a direct connection when DATABASE_URL goes through a pooler.
    DIRECT_DATABASE_URL: optional(urlWith(["postgres", "postgresql"], "a postgres:// or postgresql:// URL")),
    DATABASE_POOL_SIZE: optional(integer(1, 100)).transform((n) => n ?? 10),
    AUTH_SECRET: optional(z.string()),
    // Next.js encrypts server actions' closed-over values with it (AES-GCM): 16, 24 or 32 bytes in base64.
    NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: optional(
      z.string().refine((v) => /^[A-Za-z0-9+/]+={0,2}$/.test(v) && [16, 24, 32].includes(Buffer.from(v, "base64").length), "must be 16, 24 or 32 random bytes in base64 (e.g. `openssl rand -base64 32`)"),
    ),
    APP_URL: optional(urlWith(["http", "https"], "an http:// or https:// URL")),
    AUTH_URL: optional(urlWith(["http", "https"], "an http:// or https:// URL")),
    SMTP_URL: optional(urlWith(["smtp", "smtps"], "an smtp:// or smtps:// URL")),
    // Behind a reverse proxy that sets X-Forwarded-For: the client address for rate limits comes from it.
    TRUST_PROXY: optional(z.enum(["1"], { error: "must be 1, or unset" })).transform((v) => v === "1"),
    MAIL_FROM: optional(z.string()),
    LOG_LEVEL: optional(z.enum(LOG_LEVELS, { error: `must be one of ${LOG_LEVELS.join(", ")}` })).transform((l) => l ?? "info"),
    // A demo or test instance: the web server starts even while demo accounts can sign in.
    ALLOW_DEMO_ACCOUNTS: optional(z.enum(["1"], { error: "must be 1, or unset" })).transform((v) => v === "1"),
    // Two-way email (README "Email"): reply addresses reply+<token>@REPLY_DOMAIN on request emails,
    // an SMTP listener in the worker, POST /api/inbound/email for a provider's inbound webhook.
    REPLY_DOMAIN: optional(z.string().regex(/^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/i, "must be a domain name, e.g. reply.school.example")),
    INBOUND_SMTP_PORT: optional(integer(1, 65535)),
    INBOUND_SMTP_HOST: optional(z.string().min(1)),
    INBOUND_SECRET: optional(z.string().min(32, "must be at least 32 characters (e.g. `openssl rand -base64 32`)")),
    // Each document on a request, reply or email: 10 MB by default, 25 MB at most.
    ATTACHMENT_MAX_BYTES: optional(integer(1024, 25 * 1024 * 1024)),
    // Where documents' bytes live (README "Documents"): PostgreSQL by default, or an S3-compatible store.
    ATTACHMENT_STORE: optional(z.enum(["postgres", "s3"], { error: "must be postgres or s3" })).transform((v) => v ?? "postgres"),
    S3_ENDPOINT: optional(urlWith(["http", "https"], "an http:// or https:// URL")),
    S3_BUCKET: optional(z.string().regex(/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/, "must be a bucket name (3 to 63 lower-case letters, digits, dots or hyphens)")),
    S3_REGION: optional(z.string().min(1)),
    S3_ACCESS_KEY_ID: optional(z.string().min(1)),
    S3_SECRET_ACCESS_KEY: optional(z.string().min(1)),
    S3_FORCE_PATH_STYLE: optional(z.enum(["0", "1"], { error: "must be 0 or 1" })),
    PORT: optional(integer(1, 65535)),
    EMBEDDED_PG_PORT: optional(integer(1, 65535)),
    // Complaints (issue 16): the answer deadline in working days, 20 by default.
    COMPLAINT_DEADLINE_WORKING_DAYS: optional(integer(1, 120)),
  })
  // Only in production: development runs on the secret the launcher generates (./data/auth-secret).
  .refine((env) => !(env.NODE_ENV === "production" && typeof env.AUTH_SECRET === "string" && env.AUTH_SECRET.length < 32), {
    path: ["AUTH_SECRET"],
    message: "must be at least 32 characters in production (e.g. `openssl rand -base64 32`)",
    // Checked even when other variables are wrong: every bad variable is reported at once.
    when: () => true,
  });

export type Env = z.infer<typeof envSchema>;

/**
 * `databaseUrl: "required"` for the worker run on its own and the web server; the
 * launcher starts the embedded PostgreSQL when DATABASE_URL is unset, and generates
 * AUTH_SECRET, which the web server needs (`authSecret: "required"`).
 */
export type EnvNeeds = { databaseUrl: "required" | "optional"; authSecret?: "required" };

export type EnvCheck = { ok: true; env: Env } | { ok: false; errors: string[] };

export function checkEnv(source: Record<string, string | undefined>, needs: EnvNeeds): EnvCheck {
  const parsed = envSchema.safeParse(source);
  const errors = parsed.success ? [] : parsed.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`);
  if (needs.databaseUrl === "required" && !source.DATABASE_URL && !errors.some((e) => e.startsWith("DATABASE_URL:"))) {
    errors.unshift("DATABASE_URL: is not set (a postgres:// or postgresql:// URL)");
  }
  // The launcher (databaseUrl "optional") generates AUTH_SECRET; the web server requires it anyway.
  if (source.REPLY_DOMAIN && !source.AUTH_SECRET && needs.databaseUrl === "required" && needs.authSecret !== "required") {
    errors.push("AUTH_SECRET: is not set (REPLY_DOMAIN's reply addresses are signed with it: the same on every app server and worker)");
  }
  if (source.ATTACHMENT_STORE === "s3") {
    for (const name of ["S3_ENDPOINT", "S3_BUCKET", "S3_ACCESS_KEY_ID", "S3_SECRET_ACCESS_KEY"] as const) {
      if (!source[name]) errors.push(`${name}: is not set (ATTACHMENT_STORE=s3 needs it)`);
    }
  }
  if (needs.authSecret === "required" && !source.AUTH_SECRET) {
    errors.push("AUTH_SECRET: is not set (the same random string of at least 32 characters on every app server)");
  }
  return parsed.success && errors.length === 0 ? { ok: true, env: parsed.data } : { ok: false, errors };
}

/** For the scripts: the checked environment, or the messages on stderr and exit code 1. */
export function requireValidEnv(needs: EnvNeeds, source: Record<string, string | undefined> = process.env): Env {
  const check = checkEnv(source, needs);
  if (check.ok) return check.env;
  console.error(`The environment is not valid (see .env.example):\n${check.errors.map((e) => `  - ${e}`).join("\n")}`);
  process.exit(1);
}

/** The pool size of lib/server/db.ts: DATABASE_POOL_SIZE, 10 by default. */
export function databasePoolSize(source: Record<string, string | undefined> = process.env): number {
  const parsed = envSchema.shape.DATABASE_POOL_SIZE.safeParse(source.DATABASE_POOL_SIZE);
  if (!parsed.success) throw new Error(`DATABASE_POOL_SIZE: ${parsed.error.issues[0]?.message}`);
  return parsed.data;
}
