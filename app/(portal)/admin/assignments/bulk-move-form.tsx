"use client";
import { useEffect, useRef, useState } from "react";
import { zodResolver } from "@hookform/resolvers/zod";
import { ErrorSummary } from "@/components/ui/error-summary";
import { buttonClass } from "@/components/ui/field";
import { bulkMoveSchema, type BulkMoveInput } from "@/lib/schemas/admin";
import { format, type Messages } from "@/lib/i18n";
import { translator, useServerForm } from "../_components/use-server-form";
import { Notice, SelectField, TextField } from "../_components/fields";
import { bulkMoveAction, type BulkStep } from "./actions";

type Person = { id: string; name: string; email: string; active: boolean; learners: number };

export function BulkMoveForm({ m, staff }: { m: Pick<Messages, "admin" | "forms" | "common">; staff: { advisors: Person[]; mentors: Person[] } }) {
  const t = m.admin.bulk;
  const [step, setStep] = useState<BulkStep | null>(null);
  const confirming = useRef(false);
  const { form, pending, fieldError, summary, attempt, onSubmit } = useServerForm<BulkMoveInput, BulkStep>({
    resolver: zodResolver(bulkMoveSchema),
    defaultValues: { kind: "ADVISOR", fromId: "", toId: "", reason: "" },
    action: (values) => bulkMoveAction(values, confirming.current),
    translate: translator(m.admin.errors, m.forms),
    onSuccess: (data) => setStep(data ?? null),
  });
  const kind = form.watch("kind");
  // Any change after the preview asks for a new preview before moving anyone.
  useEffect(() => {
    const sub = form.watch((_values, { name }) => {
      setStep((s) => (s?.step === "preview" ? null : s));
      if (name === "kind") {
        form.setValue("fromId", "");
        form.setValue("toId", "");
      }
    });
    return () => sub.unsubscribe();
  }, [form]);
  const people = kind === "MENTOR" ? staff.mentors : staff.advisors;
  const label = (p: Person) => `${format(t.optionLabel, { name: p.name, count: p.learners })}${p.active ? "" : ` — ${m.common.inactive}`}`;
  const nameOf = (id: string) => people.find((p) => p.id === id)?.name ?? "";
  const submit = (confirm: boolean) => {
    confirming.current = confirm;
    void onSubmit();
  };

  return (
    <form
      method="post"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        submit(false);
      }}
      className="space-y-5"
    >
      <Notice>
        {step?.step === "preview"
          ? format(t.previewResult, { count: step.count, from: nameOf(form.getValues("fromId")), to: nameOf(form.getValues("toId")) })
          : step?.step === "done"
            ? format(t.done, { count: step.count })
            : null}
      </Notice>
      <ErrorSummary title={m.admin.form.errorSummary} errors={summary} attempt={attempt} />
      <SelectField
        form={form}
        name="kind"
        label={t.kind}
        error={fieldError("kind")}
        options={(["ADVISOR", "MENTOR"] as const).map((k) => ({ value: k, label: t.kinds[k] }))}
      />
      <SelectField
        form={form}
        name="fromId"
        label={t.from}
        error={fieldError("fromId")}
        options={people.filter((p) => p.learners > 0).map((p) => ({ value: p.id, label: label(p) }))}
        placeholder={m.admin.form.choose}
      />
      <SelectField
        form={form}
        name="toId"
        label={t.to}
        error={fieldError("toId")}
        options={people.filter((p) => p.active).map((p) => ({ value: p.id, label: label(p) }))}
        placeholder={m.admin.form.choose}
      />
      <TextField form={form} name="reason" label={t.reason} error={fieldError("reason")} maxLength={300} />
      <div className="flex flex-wrap gap-4">
        <button type="submit" disabled={pending} className={buttonClass}>
          {t.preview}
        </button>
        {step?.step === "preview" && step.count > 0 ? (
          <button type="button" disabled={pending} onClick={() => submit(true)} className={buttonClass}>
            {t.confirm}
          </button>
        ) : null}
      </div>
    </form>
  );
}
