"use client";
import Link from "next/link";
import { useState, useTransition } from "react";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { planSessionSchema, type PlanSessionInput } from "@/lib/schemas/session";
import { ErrorSummary } from "@/components/ui/error-summary";
import { Field, buttonClass, inputClass } from "@/components/ui/field";
import { WhenFields, summaryOf, type SessionFormMessages } from "../session-fields";
import { planSessionAction } from "../actions";

const ORDER = ["learnerId", "kind", "date", "time", "durationMinutes"];

export function PlanSessionForm({
  learners,
  defaults,
  m,
}: {
  learners: { id: string; name: string }[];
  defaults: PlanSessionInput;
  m: SessionFormMessages;
}) {
  const [pending, startTransition] = useTransition();
  const [serverErrors, setServerErrors] = useState<Record<string, string>>({});
  const [attempt, setAttempt] = useState(0);
  const {
    register,
    handleSubmit,
    formState: { errors },
  } = useForm<PlanSessionInput>({ resolver: zodResolver(planSessionSchema), defaultValues: defaults, shouldFocusError: false });

  const errorText = (key: string | undefined) => (key ? ((m.t.errors as Record<string, string>)[key] ?? key) : undefined);
  const message = (field: string) => errorText(errors[field as keyof PlanSessionInput]?.message ?? serverErrors[field]);

  const onValid = (values: PlanSessionInput) =>
    startTransition(async () => {
      const result = await planSessionAction(values);
      if (result && !result.ok) {
        setServerErrors(result.fieldErrors ?? {});
        setAttempt((n) => n + 1);
      }
    });

  return (
    <form method="post" noValidate className="space-y-5" onSubmit={handleSubmit(onValid, () => setAttempt((n) => n + 1))}>
      <ErrorSummary title={m.t.errorSummary} errors={summaryOf(ORDER, message)} attempt={attempt} />
      <Field id="learnerId" label={m.t.plan.learner} error={message("learnerId")}>
        {(a11y) => (
          <select {...a11y} {...register("learnerId")} className={inputClass}>
            <option value="">{m.t.plan.chooseLearner}</option>
            {learners.map((l) => (
              <option key={l.id} value={l.id}>
                {l.name}
              </option>
            ))}
          </select>
        )}
      </Field>
      <WhenFields register={register} message={message} m={m} />
      <div className="flex items-center gap-6">
        <button type="submit" disabled={pending} className={buttonClass}>
          {m.t.plan.submit}
        </button>
        <Link href="/mentor">{m.t.plan.cancel}</Link>
      </div>
    </form>
  );
}
