"use client";
import { useEffect, useState, useTransition } from "react";
import { useFormatter, useTranslations } from "next-intl";
import { ErrorSummary } from "@/components/ui/error-summary";
import { Input } from "@/components/ui/field";
import { Button } from "@/components/ui/button";
import { Table, Tbody, Td, Th, Thead, Tr } from "@/components/ui/table";
import type { ImportKind } from "@/lib/domain/import-csv";
import type { ActionFailure } from "@/lib/schemas/action-result";
import { previewImportAction, runImportAction } from "./actions";

type Loaded = { kind: ImportKind; file: Uint8Array };
type Preview = Extract<Awaited<ReturnType<typeof previewImportAction>>, { ok: true }>["data"];
type Done = Extract<Awaited<ReturnType<typeof runImportAction>>, { ok: true }>["data"];
type Lookup = { (key: string, values?: Record<string, string | number>): string; has(key: string): boolean };

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

export function ImportForm() {
  const t = useTranslations("admin.import");
  const forms = useTranslations("forms");
  const format = useFormatter();
  const [kind, setKind] = useState<ImportKind>("learners");
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [preview, setPreview] = useState<Preview | null>(null);
  const [done, setDone] = useState<Done | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);
  const [previewing, startPreview] = useTransition();
  const [importing, startImport] = useTransition();
  const elapsed = useElapsed(importing);

  const fail = (message: string) => {
    setFileError(message);
    setAttempt((n) => n + 1);
  };
  /** A refusal reads as its file error (`fileErrors.<key>`), else as the shared form message. */
  const failureText = (failure: ActionFailure): string => {
    const own = t as unknown as Lookup;
    const key = failure.formError;
    if (failure.reference) return forms("unexpectedWithReference", { reference: failure.reference.slice(0, 8) });
    if (key && own.has(`fileErrors.${key}`)) return own(`fileErrors.${key}`, failure.values);
    if (key && (forms as unknown as Lookup).has(key)) return (forms as unknown as Lookup)(key);
    return forms("unexpected");
  };

  const onPreview = async (event: React.FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setPreview(null);
    setDone(null);
    setFileError(null);
    const file = (event.currentTarget.elements.namedItem("file") as HTMLInputElement).files?.[0];
    if (!file) return fail(t("chooseFile"));
    // The raw bytes, not file.text(): that decodes as UTF-8 and would ruin a Windows-1252 file.
    const bytes = new Uint8Array(await file.arrayBuffer());
    startPreview(async () => {
      const answer = await previewImportAction({ kind, file: bytes });
      if (!answer.ok) return fail(failureText(answer));
      setLoaded({ kind, file: bytes });
      setPreview(answer.data);
    });
  };

  const onImport = () => {
    if (!loaded) return;
    startImport(async () => {
      const answer = await runImportAction(loaded);
      if (answer.ok) {
        setDone(answer.data);
        setLoaded(null);
        return;
      }
      fail(failureText(answer));
      // The database changed since the preview: show the rows as they stand now.
      if (answer.formError === "rowErrors") {
        const again = await previewImportAction(loaded);
        if (again.ok) setPreview(again.data);
      }
    });
  };

  const counts = preview?.counts ?? null;
  const writable = counts ? counts.create + counts.update : 0;
  const listed = preview ? preview.rows.filter((r) => r.action !== "unchanged") : [];

  return (
    <div className="space-y-6">
      <form method="post" noValidate onSubmit={onPreview} className="space-y-5">
        <ErrorSummary title={forms("errorSummary")} errors={fileError ? [{ fieldId: "file", message: fileError }] : []} attempt={attempt} />
        <fieldset>
          <legend className="font-semibold">{t("kind")}</legend>
          <div className="mt-1 flex flex-wrap gap-6">
            {(["learners", "staff"] as const).map((k) => (
              <label key={k} className="flex items-center gap-2">
                <input type="radio" name="kind" value={k} checked={kind === k} onChange={() => setKind(k)} className="h-5 w-5" />
                {t(`kinds.${k}`)}
              </label>
            ))}
          </div>
        </fieldset>
        <Input id="file" name="file" type="file" accept=".csv,text/csv" label={t("file")} hint={t("fileHint")} error={fileError ?? undefined} onChange={() => setLoaded(null)} />
        <Button type="submit" pending={previewing || importing}>
          {t("preview")}
        </Button>
      </form>

      <div role="status" aria-live="polite">
        {importing && loaded ? (
          <div className="space-y-2">
            <progress aria-label={t("progressLabel")} className="h-3 w-full max-w-md" />
            <p>{t("importing", { count: writable, seconds: elapsed })}</p>
          </div>
        ) : done ? (
          <p className="rounded border-l-4 border-green-700 bg-green-50 p-3 font-semibold text-green-900">
            {done.created + done.updated === 0
              ? t("nothing")
              : t("done", { created: done.created, updated: done.updated, unchanged: done.unchanged, seconds: format.number(done.elapsedMs / 1000, "oneDecimal") })}
          </p>
        ) : null}
      </div>

      {counts && preview && !done ? (
        <section aria-labelledby="preview-heading" className="space-y-4">
          <h2 id="preview-heading" className="text-lg font-bold">{t("previewTitle")}</h2>
          <p>{t("previewCounts", counts)}</p>
          {counts.error > 0 ? (
            <p className="font-semibold text-red-800">{t("fixErrors")}</p>
          ) : writable > 0 && loaded ? (
            <Button onClick={onImport} pending={importing}>
              {t("confirm", { count: writable })}
            </Button>
          ) : (
            <p>{t("nothing")}</p>
          )}
          {counts.unchanged > 0 ? <p>{t("showUnchanged", { count: counts.unchanged })}</p> : null}
          {listed.length > 0 ? (
            <Table caption={t("previewCaption")} captionHidden scrollClassName="max-h-[32rem] overflow-y-auto">
              <Thead>
                <Tr>
                  <Th>{t("line")}</Th>
                  <Th>{t("email")}</Th>
                  <Th>{t("firstName")}</Th>
                  <Th>{t("lastName")}</Th>
                  <Th>{t("action")}</Th>
                  <Th>{t("details")}</Th>
                </Tr>
              </Thead>
              <Tbody>
                {listed.map((row) => (
                  <Tr key={row.line}>
                    <Td>{row.line}</Td>
                    <Td>{row.email}</Td>
                    <Td>{row.firstName}</Td>
                    <Td>{row.lastName}</Td>
                    <Td className={row.action === "error" ? "font-semibold text-red-800" : undefined}>{t(`actions.${row.action}`)}</Td>
                    <Td>
                      {row.action === "error" ? (
                        <ul className="list-disc pl-5">
                          {row.errors.map((e, i) => (
                            <li key={i}>{t(`rowErrors.${e.code}`, { column: e.column, value: e.value ?? "" })}</li>
                          ))}
                        </ul>
                      ) : row.changes.length > 0 ? (
                        t("changed", { columns: row.changes.join(", ") })
                      ) : null}
                    </Td>
                  </Tr>
                ))}
              </Tbody>
            </Table>
          ) : null}
        </section>
      ) : null}
    </div>
  );
}
