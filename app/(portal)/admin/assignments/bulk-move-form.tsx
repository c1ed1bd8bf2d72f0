"use client";
import { useEffect, useRef, useState } from "react";
import { useTranslations } from "next-intl";
import { bulkMoveSchema, type BulkMoveInput } from "@/lib/schemas/admin";
import { FormErrorSummary, SubmitRow, useActionForm } from "@/components/ui/action-form";
import { SelectField, TextField } from "@/components/ui/form-fields";
import { Button } from "@/components/ui/button";
import { bulkMoveAction, previewBulkMoveAction } from "./actions";

type Person = { id: string; name: string; email: string; active: boolean; learners: number };
type Step = { step: "preview" | "done"; count: number };

export function BulkMoveForm({ staff }: { staff: { advisors: Person[]; mentors: Person[] } }) {
  const t = useTranslations("admin");
  const common = useTranslations("common");
  const [step, setStep] = useState<Step | null>(null);
  const confirming = useRef(false);
  const f = useActionForm<BulkMoveInput, Step>({
    schema: bulkMoveSchema,
    action: (values) => (confirming.current ? bulkMoveAction(values) : previewBulkMoveAction(values)),
    defaultValues: { kind: "ADVISOR", fromId: "", toId: "", reason: "" },
    fields: { kind: t("bulk.kind"), fromId: t("bulk.from"), toId: t("bulk.to"), reason: t("bulk.reason") },
    errors: "admin.errors",
    onSuccess: (data) => setStep(data),
  });
  const { form } = f;
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
  const label = (p: Person) => `${t("bulk.optionLabel", { name: p.name, count: p.learners })}${p.active ? "" : ` — ${common("inactive")}`}`;
  const nameOf = (id: string) => people.find((p) => p.id === id)?.name ?? "";
  const submit = (confirm: boolean) => {
    confirming.current = confirm;
    void f.onSubmit();
  };
  const outcome =
    step?.step === "preview"
      ? t("bulk.previewResult", { count: step.count, from: nameOf(form.getValues("fromId")), to: nameOf(form.getValues("toId")) })
      : step?.step === "done"
        ? t("bulk.done", { count: step.count })
        : "";

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
      <FormErrorSummary form={f} />
      <SelectField form={f} name="kind" label={t("bulk.kind")} options={(["ADVISOR", "MENTOR"] as const).map((k) => ({ value: k, label: t(`bulk.kinds.${k}`) }))} />
      <SelectField
        form={f}
        name="fromId"
        label={t("bulk.from")}
        options={people.filter((p) => p.learners > 0).map((p) => ({ value: p.id, label: label(p) }))}
        placeholder={t("form.choose")}
      />
      <SelectField
        form={f}
        name="toId"
        label={t("bulk.to")}
        options={people.filter((p) => p.active).map((p) => ({ value: p.id, label: label(p) }))}
        placeholder={t("form.choose")}
      />
      <TextField form={f} name="reason" label={t("bulk.reason")} maxLength={300} />
      <SubmitRow form={f} label={t("bulk.preview")}>
        {step?.step === "preview" && step.count > 0 ? (
          <Button pending={f.pending} onClick={() => submit(true)}>
            {t("bulk.confirm")}
          </Button>
        ) : null}
        <p role="status" aria-live="polite" className="font-semibold text-green-800">
          {outcome}
        </p>
      </SubmitRow>
    </form>
  );
}
