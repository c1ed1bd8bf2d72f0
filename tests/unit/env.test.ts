import { describe, expect, it } from "vitest";
import { checkEnv, databasePoolSize } from "@/lib/server/env";

const VALID = { DATABASE_URL: "postgresql://portal:secret@db.internal:5432/portal" };
const SECRET_32 = "x".repeat(32);

type Row = [string, Record<string, string | undefined>, string[]];

// Each row: the variables on top of VALID, and the messages expected (none: valid).
const ROWS: Row[] = [
  ["the minimum", {}, []],
  ["postgres:// is a postgres URL too", { DATABASE_URL: "postgres://u@127.0.0.1/db" }, []],
  ["a MySQL URL", { DATABASE_URL: "mysql://u@host/db" }, ["DATABASE_URL: must be a postgres:// or postgresql:// URL"]],
  ["not a URL", { DATABASE_URL: "portal" }, ["DATABASE_URL: must be a postgres:// or postgresql:// URL"]],
  ["a short secret in production", { NODE_ENV: "production", AUTH_SECRET: "short" }, ["AUTH_SECRET: must be at least 32 characters in production (e.g. `openssl rand -base64 32`)"]],
  ["a 32-character secret in production", { NODE_ENV: "production", AUTH_SECRET: SECRET_32 }, []],
  ["no secret in production (the launcher generates one)", { NODE_ENV: "production" }, []],
  ["a short secret in development", { NODE_ENV: "development", AUTH_SECRET: "short" }, []],
  ["an unknown NODE_ENV", { NODE_ENV: "staging" }, ["NODE_ENV: must be development, production or test"]],
  ["APP_URL and AUTH_URL as URLs", { APP_URL: "https://portail.example.fr", AUTH_URL: "https://portail.example.fr/api/auth" }, []],
  ["APP_URL not a URL", { APP_URL: "portail.example.fr" }, ["APP_URL: must be an http:// or https:// URL"]],
  ["AUTH_URL not http", { AUTH_URL: "ftp://portail.example.fr" }, ["AUTH_URL: must be an http:// or https:// URL"]],
  ["SMTP_URL smtp", { SMTP_URL: "smtp://user:pass@mail.example.fr:587" }, []],
  ["SMTP_URL smtps", { SMTP_URL: "smtps://mail.example.fr:465" }, []],
  ["SMTP_URL http", { SMTP_URL: "http://mail.example.fr" }, ["SMTP_URL: must be an smtp:// or smtps:// URL"]],
  ["TRUST_PROXY 1", { TRUST_PROXY: "1" }, []],
  ["TRUST_PROXY yes", { TRUST_PROXY: "yes" }, ["TRUST_PROXY: must be 1, or unset"]],
  ["SMTP_URL empty means unset", { SMTP_URL: "" }, []],
  ["a pool of 1", { DATABASE_POOL_SIZE: "1" }, []],
  ["a pool of 100", { DATABASE_POOL_SIZE: "100" }, []],
  ["a pool of 0", { DATABASE_POOL_SIZE: "0" }, ["DATABASE_POOL_SIZE: must be a whole number from 1 to 100"]],
  ["a pool of 101", { DATABASE_POOL_SIZE: "101" }, ["DATABASE_POOL_SIZE: must be a whole number from 1 to 100"]],
  ["a pool of 2.5", { DATABASE_POOL_SIZE: "2.5" }, ["DATABASE_POOL_SIZE: must be a whole number from 1 to 100"]],
  ["a pool of ten", { DATABASE_POOL_SIZE: "ten" }, ["DATABASE_POOL_SIZE: must be a whole number from 1 to 100"]],
  ["each log level", { LOG_LEVEL: "warn" }, []],
  ["an unknown log level", { LOG_LEVEL: "verbose" }, ["LOG_LEVEL: must be one of debug, info, warn, error"]],
  ["DIRECT_DATABASE_URL beside a pooler", { DIRECT_DATABASE_URL: "postgresql://portal:secret@db.internal:5432/portal" }, []],
  ["DIRECT_DATABASE_URL not postgres", { DIRECT_DATABASE_URL: "http://db.internal" }, ["DIRECT_DATABASE_URL: must be a postgres:// or postgresql:// URL"]],
  ["a 32-byte actions key", { NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: Buffer.alloc(32, 7).toString("base64") }, []],
  ["a 16-byte actions key", { NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: Buffer.alloc(16, 7).toString("base64") }, []],
  ["a 20-byte actions key", { NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: Buffer.alloc(20, 7).toString("base64") }, ["NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: must be 16, 24 or 32 random bytes in base64 (e.g. `openssl rand -base64 32`)"]],
  ["an actions key that is not base64", { NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: "not a key!" }, ["NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: must be 16, 24 or 32 random bytes in base64 (e.g. `openssl rand -base64 32`)"]],
  ["ALLOW_DEMO_ACCOUNTS=1", { ALLOW_DEMO_ACCOUNTS: "1" }, []],
  ["ALLOW_DEMO_ACCOUNTS=true", { ALLOW_DEMO_ACCOUNTS: "true" }, ["ALLOW_DEMO_ACCOUNTS: must be 1, or unset"]],
  ["PORT out of range", { PORT: "70000" }, ["PORT: must be a whole number from 1 to 65535"]],
  [
    "several bad variables: one message each",
    { DATABASE_URL: "mysql://x/y", SMTP_URL: "http://x", LOG_LEVEL: "loud", NODE_ENV: "production", AUTH_SECRET: "short" },
    [
      "DATABASE_URL: must be a postgres:// or postgresql:// URL",
      "SMTP_URL: must be an smtp:// or smtps:// URL",
      "LOG_LEVEL: must be one of debug, info, warn, error",
      "AUTH_SECRET: must be at least 32 characters in production (e.g. `openssl rand -base64 32`)",
    ],
  ],
];

describe("the environment schema", () => {
  it.each(ROWS)("%s", (_name, vars, expected) => {
    const check = checkEnv({ ...VALID, ...vars }, { databaseUrl: "required" });
    expect(check.ok ? [] : check.errors).toEqual(expected);
  });

  it("never echoes a value (a secret may be in it)", () => {
    const check = checkEnv({ DATABASE_URL: "mysql://admin:hunter2@db/x", NODE_ENV: "production", AUTH_SECRET: "hunter2" }, { databaseUrl: "required" });
    expect(check.ok).toBe(false);
    expect(JSON.stringify(check)).not.toContain("hunter2");
  });

  it("DATABASE_URL is required by the worker, optional for the launcher (embedded PostgreSQL)", () => {
    expect(checkEnv({}, { databaseUrl: "required" })).toEqual({ ok: false, errors: ["DATABASE_URL: is not set (a postgres:// or postgresql:// URL)"] });
    expect(checkEnv({}, { databaseUrl: "optional" }).ok).toBe(true);
  });

  it("AUTH_SECRET is required by the web server (the launcher generates one for its own)", () => {
    expect(checkEnv(VALID, { databaseUrl: "required", authSecret: "required" })).toEqual({
      ok: false,
      errors: ["AUTH_SECRET: is not set (the same random string of at least 32 characters on every app server)"],
    });
    expect(checkEnv({ ...VALID, AUTH_SECRET: SECRET_32 }, { databaseUrl: "required", authSecret: "required" }).ok).toBe(true);
  });

  it("gives the defaults: a pool of 10, level info", () => {
    const check = checkEnv(VALID, { databaseUrl: "required" });
    expect(check.ok && check.env).toMatchObject({ DATABASE_POOL_SIZE: 10, LOG_LEVEL: "info", ALLOW_DEMO_ACCOUNTS: false });
    expect(databasePoolSize({})).toBe(10);
    expect(databasePoolSize({ DATABASE_POOL_SIZE: "25" })).toBe(25);
    expect(() => databasePoolSize({ DATABASE_POOL_SIZE: "0" })).toThrow("DATABASE_POOL_SIZE: must be a whole number from 1 to 100");
  });

  it("documents stay in PostgreSQL by default; ATTACHMENT_STORE=s3 needs its endpoint, bucket and keys, each named", () => {
    const check = checkEnv(VALID, { databaseUrl: "required" });
    expect(check.ok && check.env.ATTACHMENT_STORE).toBe("postgres");
    expect(checkEnv({ ...VALID, ATTACHMENT_STORE: "s3" }, { databaseUrl: "required" })).toEqual({
      ok: false,
      errors: [
        "S3_ENDPOINT: is not set (ATTACHMENT_STORE=s3 needs it)",
        "S3_BUCKET: is not set (ATTACHMENT_STORE=s3 needs it)",
        "S3_ACCESS_KEY_ID: is not set (ATTACHMENT_STORE=s3 needs it)",
        "S3_SECRET_ACCESS_KEY: is not set (ATTACHMENT_STORE=s3 needs it)",
      ],
    });
    const s3 = { ATTACHMENT_STORE: "s3", S3_ENDPOINT: "https://s3.school.example", S3_BUCKET: "portail-documents", S3_ACCESS_KEY_ID: "key", S3_SECRET_ACCESS_KEY: "secret" };
    expect(checkEnv({ ...VALID, ...s3 }, { databaseUrl: "required" }).ok).toBe(true);
    const bad = checkEnv({ ...VALID, ...s3, ATTACHMENT_STORE: "disk", S3_ENDPOINT: "ftp://x", S3_BUCKET: "Bad_Bucket" }, { databaseUrl: "required" });
    expect(bad.ok ? [] : bad.errors).toEqual([
      "ATTACHMENT_STORE: must be postgres or s3",
      "S3_ENDPOINT: must be an http:// or https:// URL",
      "S3_BUCKET: must be a bucket name (3 to 63 lower-case letters, digits, dots or hyphens)",
    ]);
  });
});
