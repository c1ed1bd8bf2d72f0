// Reads a PDF back as text, page by page, with pdfjs-dist's build for Node (tests only).
import path from "node:path";

// pdfjs-dist 6 expects Promise.withResolvers (Node 22); Node 20 lacks it.
if (!("withResolvers" in Promise)) {
  Object.assign(Promise, {
    withResolvers<T>() {
      let resolve!: (value: T) => void;
      let reject!: (reason?: unknown) => void;
      const promise = new Promise<T>((res, rej) => {
        resolve = res;
        reject = rej;
      });
      return { promise, resolve, reject };
    },
  });
}

const FONTS = `${path.resolve(__dirname, "../../../node_modules/pdfjs-dist/standard_fonts")}/`;

/** Each page's text, its items joined by spaces. */
export async function pdfPages(bytes: Uint8Array): Promise<string[]> {
  const pdfjs = await import("pdfjs-dist/legacy/build/pdf.mjs");
  const task = pdfjs.getDocument({ data: new Uint8Array(bytes), standardFontDataUrl: FONTS });
  const doc = await task.promise;
  const pages: string[] = [];
  for (let i = 1; i <= doc.numPages; i++) {
    const content = await (await doc.getPage(i)).getTextContent();
    pages.push(content.items.map((item) => ("str" in item ? item.str : "")).join(" ").replace(/\s+/g, " "));
  }
  await task.destroy();
  return pages;
}

/** The document's metadata title. */
export async function pdfTitle(bytes: Uint8Array): Promise<string | undefined> {
  const pdfjs = await import("pdfjs-dist/legacy/build/pdf.mjs");
  const task = pdfjs.getDocument({ data: new Uint8Array(bytes), standardFontDataUrl: FONTS });
  const doc = await task.promise;
  const { info } = (await doc.getMetadata()) as { info: { Title?: string } };
  await task.destroy();
  return info.Title;
}
