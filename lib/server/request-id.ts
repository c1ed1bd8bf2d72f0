import "server-only";
import { headers } from "next/headers";

/**
 * The current request's id (set by proxy.ts), for log lines; undefined outside a request
 * (the worker, scripts, tests calling actions directly).
 */
export async function requestId(): Promise<string | undefined> {
  try {
    return (await headers()).get("x-request-id") ?? undefined;
  } catch {
    return undefined;
  }
}
