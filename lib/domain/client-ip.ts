/** The address cannot be trusted (no TRUST_PROXY): the per-client limits do not apply, the per-account ones do. */
export const UNKNOWN_CLIENT = "direct";

/**
 * The client's address for rate limits. X-Forwarded-For is believed only behind a
 * trusted proxy (TRUST_PROXY=1: a reverse proxy that sets it sits in front of every app
 * server), and then its last entry, the one that proxy appended: earlier entries are
 * whatever the client sent. Otherwise (Next.js gives a route or an action no socket
 * address) the client is unknown.
 */
export function clientIpFrom(forwardedFor: string | null | undefined, trustProxy: boolean): string {
  if (!trustProxy) return UNKNOWN_CLIENT;
  const last = forwardedFor?.split(",").map((part) => part.trim()).filter(Boolean).at(-1);
  return last && last.length <= 64 ? last : UNKNOWN_CLIENT;
}
