"use client";
import { useState, useTransition } from "react";
import type { Messages } from "@/lib/i18n";
import { archiveStakeholderAction } from "./actions";

export function ArchiveButton({ learnerId, stakeholderId, label, m }: { learnerId: string; stakeholderId: string; label: string; m: Messages }) {
  const [pending, start] = useTransition();
  const [error, setError] = useState<string | null>(null);
  return (
    <div>
      <button
        type="button"
        disabled={pending}
        className="rounded border-2 border-slate-700 px-3 py-1 font-semibold"
        onClick={() =>
          start(async () => {
            const result = await archiveStakeholderAction(learnerId, { stakeholderId });
            setError(result.ok ? null : m.cases.errors.conflict);
          })
        }
      >
        {label}
      </button>
      <p role="status" className="font-semibold text-red-800">
        {error ?? ""}
      </p>
    </div>
  );
}
