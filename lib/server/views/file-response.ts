import "server-only";

/** A download: never cached (it holds personal data), named for the browser's "save as". */
export function fileResponse(body: string | Uint8Array, contentType: string, filename: string): Response {
  const payload = typeof body === "string" ? body : new Blob([body as Uint8Array<ArrayBuffer>]);
  return new Response(payload, {
    headers: {
      "Content-Type": contentType,
      // An ASCII name for old clients, the real one (accents and all) for the others (RFC 6266).
      "Content-Disposition": `attachment; filename="${filename.replace(/[^\w.-]/g, "_")}"; filename*=UTF-8''${encodeURIComponent(filename)}`,
      "Cache-Control": "private, no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}

/** What a signed-out reader, another role, or a record out of scope gets: the same 404. */
export function notFoundResponse(): Response {
  return new Response("Not found", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });
}
