"use client";
import { resolveSignalSchema } from "@/lib/schemas/follow-up";
import { FormErrorSummary, useActionForm } from "@/components/ui/action-form";
import { Button } from "@/components/ui/button";
import { resolveSignalAction } from "./actions";

/** "Mark as handled": the action goes back to the list, which says what happened. */
export function ResolveSignalButton({ signalId, after, label, detail }: { signalId: string; after: string; label: string; detail: string }) {
  const f = useActionForm({ schema: resolveSignalSchema, action: resolveSignalAction, defaultValues: { signalId, after }, fields: {}, idPrefix: `signal-${signalId}-` });
  return (
    <form noValidate onSubmit={f.onSubmit}>
      <FormErrorSummary form={f} />
      <Button type="submit" variant="secondary" size="sm" pending={f.pending}>
        {label}
        <span className="sr-only"> {detail}</span>
      </Button>
    </form>
  );
}
