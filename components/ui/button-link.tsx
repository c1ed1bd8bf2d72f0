import Link from "next/link";
import type { ComponentProps } from "react";
import { buttonStyles, type ButtonSize, type ButtonVariant } from "./button-styles";

/** A navigation that looks like a button (it stays a link: it goes somewhere, it does nothing). */
export function ButtonLink({ variant, size, className, ...props }: ComponentProps<typeof Link> & { variant?: ButtonVariant; size?: ButtonSize }) {
  return <Link {...props} className={buttonStyles({ variant, size, className })} />;
}
