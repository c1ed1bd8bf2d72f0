"use client";
import { useId, useRef } from "react";

// A destructive step asked twice: the trigger opens a native modal <dialog>
// (focus is trapped and Escape cancels, by the browser), which says what will
// happen. Confirming either submits a form — the one the dialog sits in, or
// the one named by `form` — or calls `onConfirm`.

const base = "inline-flex items-center rounded border-2 px-4 py-2 font-semibold";
const danger = `${base} border-red-700 bg-red-700 text-white hover:bg-red-800`;
const secondary = `${base} border-slate-700 bg-white text-slate-900 hover:bg-slate-100`;

export function ConfirmDialog({
  triggerLabel,
  title,
  description,
  confirmLabel,
  cancelLabel,
  onConfirm,
  form,
}: {
  triggerLabel: string;
  title: string;
  description: string;
  confirmLabel: string;
  cancelLabel: string;
  onConfirm?: () => void;
  /** The id of the form to submit, when the dialog is not inside it. */
  form?: string;
}) {
  const dialog = useRef<HTMLDialogElement>(null);
  const cancel = useRef<HTMLButtonElement>(null);
  const id = useId();
  const close = () => dialog.current?.close();
  // The safe choice has the focus (the browser would pick the first button, the destructive one).
  const open = () => {
    dialog.current?.showModal();
    cancel.current?.focus();
  };
  return (
    <>
      <button type="button" className={danger} aria-haspopup="dialog" onClick={open}>
        {triggerLabel}
      </button>
      <dialog
        ref={dialog}
        aria-labelledby={`${id}-title`}
        aria-describedby={`${id}-description`}
        className="m-auto max-w-lg rounded border-2 border-slate-700 bg-white p-6 text-slate-900 backdrop:bg-slate-900/50"
      >
        <h2 id={`${id}-title`} className="text-lg font-bold">
          {title}
        </h2>
        <p id={`${id}-description`} className="mt-2">
          {description}
        </p>
        <div className="mt-6 flex flex-wrap gap-4">
          {onConfirm ? (
            <button
              type="button"
              className={danger}
              onClick={() => {
                close();
                onConfirm();
              }}
            >
              {confirmLabel}
            </button>
          ) : (
            <button type="submit" form={form} className={danger} onClick={close}>
              {confirmLabel}
            </button>
          )}
          <button ref={cancel} type="button" className={secondary} onClick={close}>
            {cancelLabel}
          </button>
        </div>
      </dialog>
    </>
  );
}
