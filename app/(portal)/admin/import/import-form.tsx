"use client";
import { useEffect, useState, useTransition } from "react";
import { ErrorSummary } from "@/components/ui/error-summary";
import { Field, buttonClass, inputClass } from "@/components/ui/field";
import { tableClass, tdClass, thClass } from "@/components/ui/page-heading";
import { format, type Messages } from "@/lib/i18n";
import type { ImportKind } from "@/lib/domain/import-csv";
import type { ImportPreview, ImportResult } from "@/lib/server/data/import";
import { previewImportAction, runImportAction } from "./actions";

type T = Messages["admin"]["import"];
type Loaded = { kind: ImportKind; text: string };

function fileErrorText(t: T, result: { error: keyof T["fileErrors"]; columns?: string[] }): string {
  return format(t.fileErrors[result.error], { columns: (result.columns ?? []).join(", ") });
}

/** Seconds since `running` became true, ticking once a second. */
function useElapsed(running: boolean): number {
  const [seconds, setSeconds] = useState(0);
  useEffect(() => {
    if (!running) return;
    const began = Date.now();
    const timer = setInterval(() => setSeconds(Math.floor((Date.now() - began) / 1000)), 1000);
    return () => {
      clearInterval(timer);
      setSeconds(0);
    };
  }, [running]);
  return seconds;
}

export function ImportForm({ t, errorSummary }: { t: T; errorSummary: string }) {
  const [kind, setKind] = useState<ImportKind>("learners");
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [result, setResult] = useState<ImportResult | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);
  const [previewing, startPreview] = useTransition();
  const [importing, startImport] = useTransition();
  const elapsed = useElapsed(importing);

  const fail = (message: string) => {
    setFileError(message);
    setAttempt((n) => n + 1);
  };

  const onPreview = async (event: React.FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setPreview(null);
    setResult(null);
    setFileError(null);
    const file = (event.currentTarget.elements.namedItem("file") as HTMLInputElement).files?.[0];
    if (!file) return fail(t.chooseFile);
    const text = await file.text();
    startPreview(async () => {
      const answer = await previewImportAction(kind, text);
      if (!answer.ok) return fail(fileErrorText(t, answer));
      setLoaded({ kind, text });
      setPreview(answer);
    });
  };

  const onImport = () => {
    if (!loaded) return;
    startImport(async () => {
      const answer = await runImportAction(loaded.kind, loaded.text);
      setResult(answer);
      if (!answer.ok) {
        if (answer.preview) setPreview(answer.preview);
        fail(answer.error === "rowErrors" ? t.fileErrors.rowErrors : fileErrorText(t, { error: answer.error, columns: answer.columns }));
      } else {
        setLoaded(null);
      }
    });
  };

  const counts = preview?.ok ? preview.counts : null;
  const writable = counts ? counts.create + counts.update : 0;
  const listed = preview?.ok ? preview.rows.filter((r) => r.action !== "unchanged") : [];

  return (
    <div className="space-y-6">
      <form method="post" noValidate onSubmit={onPreview} className="space-y-5">
        <ErrorSummary title={errorSummary} errors={fileError ? [{ fieldId: "file", message: fileError }] : []} attempt={attempt} />
        <fieldset>
          <legend className="font-semibold">{t.kind}</legend>
          <div className="mt-1 flex flex-wrap gap-6">
            {(["learners", "staff"] as const).map((k) => (
              <label key={k} className="flex items-center gap-2">
                <input type="radio" name="kind" value={k} checked={kind === k} onChange={() => setKind(k)} className="h-5 w-5" />
                {t.kinds[k]}
              </label>
            ))}
          </div>
        </fieldset>
        <Field id="file" label={t.file} hint={t.fileHint} error={fileError ?? undefined}>
          {(a11y) => <input {...a11y} name="file" type="file" accept=".csv,text/csv" className={inputClass} onChange={() => setLoaded(null)} />}
        </Field>
        <button type="submit" disabled={previewing || importing} className={buttonClass}>
          {t.preview}
        </button>
      </form>

      <div role="status" aria-live="polite">
        {importing && loaded ? (
          <div className="space-y-2">
            <progress aria-label={t.progressLabel} className="h-3 w-full max-w-md" />
            <p>{format(t.importing, { count: writable, seconds: elapsed })}</p>
          </div>
        ) : result?.ok ? (
          <p className="rounded border-l-4 border-green-700 bg-green-50 p-3 font-semibold text-green-900">
            {result.created + result.updated === 0
              ? t.nothing
              : format(t.done, { created: result.created, updated: result.updated, unchanged: result.unchanged, seconds: (result.elapsedMs / 1000).toFixed(1) })}
          </p>
        ) : null}
      </div>

      {counts && preview?.ok && !result?.ok ? (
        <section aria-labelledby="preview-heading" className="space-y-4">
          <h2 id="preview-heading" className="text-lg font-bold">{t.previewTitle}</h2>
          <p>{format(t.previewCounts, counts)}</p>
          {counts.error > 0 ? (
            <p className="font-semibold text-red-800">{t.fixErrors}</p>
          ) : writable > 0 && loaded ? (
            <button type="button" onClick={onImport} disabled={importing} className={buttonClass}>
              {format(t.confirm, { count: writable })}
            </button>
          ) : (
            <p>{t.nothing}</p>
          )}
          {counts.unchanged > 0 ? <p>{format(t.showUnchanged, { count: counts.unchanged })}</p> : null}
          {listed.length > 0 ? (
            <div className="max-h-[32rem] overflow-auto" tabIndex={0} role="region" aria-labelledby="preview-heading">
              <table className={tableClass}>
                <thead>
                  <tr>
                    <th scope="col" className={thClass}>{t.line}</th>
                    <th scope="col" className={thClass}>{t.email}</th>
                    <th scope="col" className={thClass}>{t.action}</th>
                    <th scope="col" className={thClass}>{t.details}</th>
                  </tr>
                </thead>
                <tbody>
                  {listed.map((row) => (
                    <tr key={row.line}>
                      <td className={tdClass}>{row.line}</td>
                      <td className={tdClass}>{row.email}</td>
                      <td className={`${tdClass} ${row.action === "error" ? "font-semibold text-red-800" : ""}`}>{t.actions[row.action]}</td>
                      <td className={tdClass}>
                        {row.action === "error" ? (
                          <ul className="list-disc pl-5">
                            {row.errors.map((e, i) => (
                              <li key={i}>{format(t.rowErrors[e.code], { column: e.column, value: e.value ?? "" })}</li>
                            ))}
                          </ul>
                        ) : row.changes.length > 0 ? (
                          format(t.changed, { columns: row.changes.join(", ") })
                        ) : null}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          ) : null}
        </section>
      ) : null}
    </div>
  );
}
