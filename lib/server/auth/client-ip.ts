import "server-only";
import { clientIpFrom } from "@/lib/domain/client-ip";

export { UNKNOWN_CLIENT } from "@/lib/domain/client-ip";

/** The request's client address for rate limits (lib/domain/client-ip.ts): X-Forwarded-For only with TRUST_PROXY=1. */
export function clientIp(headers: Headers, env: Record<string, string | undefined> = process.env): string {
  return clientIpFrom(headers.get("x-forwarded-for"), env.TRUST_PROXY === "1");
}
