"use client";
import { useId, useRef, useState } from "react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { ACCEPT_ATTRIBUTE, MAX_ATTACHMENTS } from "@/lib/domain/attachments";

// Documents for a form being filled in: each chosen file goes at once to POST
// /api/attachments (the server sniffs its type and checks its size), and the form
// sends the ids of what was stored. Errors and progress are announced in a live region.

export type Uploaded = { id: string; filename: string; sizeBytes: number };

type Props = {
  /** Called with the ids to send, each time the list changes. */
  onChange: (ids: string[]) => void;
  maxMegabytes: number;
  /** Whose form it is: the hint tells staff where their documents go. */
  audience?: "requester" | "staff";
};

export function AttachmentPicker({ onChange, maxMegabytes, audience = "requester" }: Props) {
  const t = useTranslations("attachments");
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [files, setFiles] = useState<Uploaded[]>([]);
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState("");
  const [error, setError] = useState("");

  const update = (next: Uploaded[]) => {
    setFiles(next);
    onChange(next.map((f) => f.id));
  };

  async function upload(chosen: FileList | null) {
    if (!chosen || chosen.length === 0) return;
    setError("");
    let list = files;
    for (const file of Array.from(chosen)) {
      if (list.length >= MAX_ATTACHMENTS) {
        setError(t("errors.tooMany", { count: MAX_ATTACHMENTS }));
        break;
      }
      if (file.size > maxMegabytes * 1024 * 1024) {
        setError(t("errors.tooLarge", { name: file.name, max: maxMegabytes }));
        continue;
      }
      setBusy(true);
      setStatus(t("uploading", { name: file.name }));
      const body = new FormData();
      body.append("file", file);
      try {
        const response = await fetch("/api/attachments", { method: "POST", body });
        const json = (await response.json().catch(() => ({}))) as Partial<Uploaded> & { fieldErrors?: Record<string, string> };
        if (response.ok && json.id) {
          list = [...list, { id: json.id, filename: json.filename ?? file.name, sizeBytes: json.sizeBytes ?? file.size }];
          update(list);
          setStatus(t("uploaded", { name: file.name }));
        } else {
          const key = json.fieldErrors?.file ?? "failed";
          const known = ["type", "tooLarge", "empty", "tooMany", "invalid"].includes(key) ? key : "failed";
          setError(t(`errors.${known}` as "errors.failed", { name: file.name, max: maxMegabytes, count: MAX_ATTACHMENTS }));
          setStatus("");
        }
      } catch {
        setError(t("errors.failed", { name: file.name }));
        setStatus("");
      }
    }
    setBusy(false);
    if (input.current) input.current.value = "";
  }

  return (
    <div className="space-y-2">
      <label htmlFor={id} className="block font-semibold">
        {t("label")}
      </label>
      <p id={`${id}-hint`} className="text-sm text-slate-700">
        {t(audience === "staff" ? "staffHint" : "hint", { max: maxMegabytes, count: MAX_ATTACHMENTS })}
      </p>
      {error ? (
        <p id={`${id}-error`} className="font-semibold text-red-800">
          {error}
        </p>
      ) : null}
      <input
        ref={input}
        id={id}
        type="file"
        multiple
        accept={ACCEPT_ATTRIBUTE}
        aria-describedby={`${id}-hint${error ? ` ${id}-error` : ""}`}
        aria-invalid={error ? true : undefined}
        disabled={busy || files.length >= MAX_ATTACHMENTS}
        onChange={(event) => void upload(event.target.files)}
        className="block w-full min-w-0 max-w-full text-base file:mr-3 file:rounded file:border file:border-slate-500 file:bg-white file:px-3 file:py-2"
      />
      {files.length > 0 ? (
        <ul className="space-y-1">
          {files.map((file) => (
            <li key={file.id} className="flex flex-wrap items-center gap-3">
              <span>
                {file.filename} ({t("size", { size: Math.max(1, Math.round(file.sizeBytes / 1024)) })})
              </span>
              <Button
                variant="link"
                onClick={() => {
                  update(files.filter((f) => f.id !== file.id));
                  setStatus(t("removed", { name: file.filename }));
                }}
              >
                {t("remove", { name: file.filename })}
              </Button>
            </li>
          ))}
        </ul>
      ) : null}
      <p role="status" aria-live="polite" className="sr-only">
        {status}
      </p>
    </div>
  );
}
