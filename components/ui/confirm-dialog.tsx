"use client";
import { useId, useRef } from "react";
import { Button } from "./button";
import type { ButtonSize, ButtonVariant } from "./button-styles";

export type ConfirmDialogProps = {
  triggerLabel: string;
  title: string;
  description: string;
  confirmLabel: string;
  cancelLabel: string;
  /** The confirm button's look: danger unless the action is harmless. */
  tone?: "danger" | "primary";
  triggerVariant?: ButtonVariant;
  triggerSize?: ButtonSize;
  /**
   * The id of a form that the confirm button submits (the form attribute); with neither
   * `form` nor `onConfirm`, it submits the form the dialog sits in.
   */
  form?: string;
  /** …what to do on confirm when there is no form. */
  onConfirm?: () => void;
  /** While the action runs the trigger stays focusable but inert. */
  pending?: boolean;
};

/**
 * "Are you sure?" on the native modal <dialog>: the browser traps focus, makes the page behind
 * inert and closes on Escape; on cancel, focus goes back to the trigger.
 */
export function ConfirmDialog({
  triggerLabel,
  title,
  description,
  confirmLabel,
  cancelLabel,
  tone = "danger",
  triggerVariant = tone,
  triggerSize,
  form,
  onConfirm,
  pending,
}: ConfirmDialogProps) {
  const id = useId();
  const dialog = useRef<HTMLDialogElement>(null);
  const trigger = useRef<HTMLButtonElement>(null);
  const cancel = useRef<HTMLButtonElement>(null);
  // Confirmed: the action moves the focus (its error summary, its status); only a cancel
  // (button, Escape) puts it back on the trigger. The close event comes a task later, after
  // a failed submit has already focused its summary.
  const confirmed = useRef(false);
  const close = () => dialog.current?.close();
  return (
    <>
      <Button
        ref={trigger}
        variant={triggerVariant}
        size={triggerSize}
        pending={pending}
        aria-haspopup="dialog"
        onClick={() => {
          dialog.current?.showModal();
          // The safe choice has the focus first.
          cancel.current?.focus();
        }}
      >
        {triggerLabel}
      </Button>
      <dialog
        ref={dialog}
        aria-labelledby={`${id}-title`}
        aria-describedby={`${id}-description`}
        onClose={() => {
          if (!confirmed.current) trigger.current?.focus();
          confirmed.current = false;
        }}
        className="m-auto w-[min(32rem,calc(100%-2rem))] rounded border-2 border-slate-700 bg-white p-6 text-slate-900 shadow-xl backdrop:bg-slate-900/60"
      >
        <h2 id={`${id}-title`} className="text-xl font-bold">
          {title}
        </h2>
        <p id={`${id}-description`} className="mt-2">
          {description}
        </p>
        <div className="mt-6 flex flex-wrap gap-3">
          <Button
            variant={tone}
            type={form || !onConfirm ? "submit" : "button"}
            form={form}
            onClick={() => {
              // Closing first lets the form's own error summary take the focus afterwards.
              confirmed.current = true;
              close();
              onConfirm?.();
            }}
          >
            {confirmLabel}
          </Button>
          <Button ref={cancel} variant="secondary" onClick={close}>
            {cancelLabel}
          </Button>
        </div>
      </dialog>
    </>
  );
}
