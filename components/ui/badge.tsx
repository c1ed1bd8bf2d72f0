import type { ReactNode } from "react";

export type BadgeTone = "neutral" | "info" | "success" | "warning" | "danger";

// Dark text on a pale tint (all above 7:1), and a border: the words carry the meaning, colour only repeats it.
const TONE: Record<BadgeTone, string> = {
  neutral: "border-slate-500 bg-slate-100 text-slate-900",
  info: "border-blue-700 bg-blue-50 text-blue-900",
  success: "border-green-700 bg-green-50 text-green-900",
  warning: "border-amber-600 bg-amber-50 text-amber-950",
  danger: "border-red-700 bg-red-50 text-red-900",
};

/** A short status in words: `children` is required, so nothing relies on colour alone. */
export function Badge({ tone = "neutral", children, className }: { tone?: BadgeTone; children: ReactNode; className?: string }) {
  return <span className={`inline-block max-w-full rounded border-2 px-2 py-0.5 text-xs font-semibold ${TONE[tone]} ${className ?? ""}`}>{children}</span>;
}
