// Next.js runs register() once per server process, before it serves a request,
// under `next start` and `next dev` alike: the web server checks its own start
// (lib/server/startup.ts) however it was launched.
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { checkServerStart } = await import("@/lib/server/startup");
  await checkServerStart();
}
