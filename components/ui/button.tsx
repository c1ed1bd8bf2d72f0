"use client";
import type { ButtonHTMLAttributes, MouseEvent, Ref } from "react";
import { buttonStyles, type ButtonSize, type ButtonVariant } from "./button-styles";

export type ButtonProps = ButtonHTMLAttributes<HTMLButtonElement> & {
  variant?: ButtonVariant;
  size?: ButtonSize;
  /** While an action runs: the button stays focusable (aria-disabled) but does nothing. */
  pending?: boolean;
  /** Shown instead of the children while pending, e.g. "Envoi…". */
  pendingLabel?: string;
  ref?: Ref<HTMLButtonElement>;
};

/** A button: `type="button"` unless told otherwise, so it never submits a form by accident. */
export function Button({ variant, size, pending = false, pendingLabel, type = "button", className, onClick, children, ...props }: ButtonProps) {
  const block = (event: MouseEvent<HTMLButtonElement>) => {
    if (pending) {
      event.preventDefault();
      return;
    }
    onClick?.(event);
  };
  return (
    <button
      {...props}
      type={type}
      aria-disabled={pending ? true : props["aria-disabled"]}
      aria-busy={pending || undefined}
      onClick={block}
      className={buttonStyles({ variant, size, className })}
    >
      {pending && pendingLabel ? pendingLabel : children}
    </button>
  );
}
