/** One look for every button and button-like link (WCAG AA: white on brand-700 is 6.7:1, on red-700 5.9:1). */
export type ButtonVariant = "primary" | "secondary" | "danger" | "link";
export type ButtonSize = "md" | "sm";

const BASE =
  "inline-flex max-w-full items-center justify-center gap-2 rounded text-center font-semibold aria-disabled:cursor-not-allowed aria-disabled:opacity-70 disabled:cursor-not-allowed disabled:opacity-70";

const VARIANT: Record<ButtonVariant, string> = {
  primary: "border-2 border-brand-700 bg-brand-700 text-white no-underline hover:border-brand-800 hover:bg-brand-800 hover:text-white",
  secondary: "border-2 border-slate-700 bg-white text-slate-900 no-underline hover:bg-slate-100 hover:text-slate-900",
  danger: "border-2 border-red-700 bg-red-700 text-white no-underline hover:border-red-800 hover:bg-red-800 hover:text-white",
  link: "text-brand-700 underline underline-offset-2 hover:text-brand-800",
};

const SIZE: Record<ButtonSize, string> = {
  md: "min-h-11 px-4 py-2 text-base",
  sm: "min-h-8 px-3 py-1 text-sm",
};

export function buttonStyles({ variant = "primary", size = "md", className }: { variant?: ButtonVariant; size?: ButtonSize; className?: string } = {}) {
  // A link-looking button keeps the text's size and no padding.
  const size_ = variant === "link" ? "p-0 font-normal" : SIZE[size];
  return [BASE, VARIANT[variant], size_, className].filter(Boolean).join(" ");
}
