import { getTranslations } from "next-intl/server";

export type AttachmentItem = { id: string; filename: string; sizeBytes: number };

/** A request's documents, each a download link (always saved, never opened in the page). */
export async function AttachmentList({ items }: { items: AttachmentItem[] }) {
  const t = await getTranslations("attachments");
  if (items.length === 0) return null;
  return (
    <section aria-labelledby="attachments-title" className="mb-8 rounded border border-slate-300 bg-white p-4">
      <h2 id="attachments-title" className="mb-2 text-lg font-semibold">
        {t("listTitle")}
      </h2>
      <ul className="space-y-1">
        {items.map((item) => (
          <li key={item.id}>
            <a href={`/api/attachments/${item.id}`} download={item.filename} aria-label={t("download", { name: item.filename })}>
              {item.filename}
            </a>{" "}
            ({t("size", { size: Math.max(1, Math.round(item.sizeBytes / 1024)) })})
          </li>
        ))}
      </ul>
    </section>
  );
}
