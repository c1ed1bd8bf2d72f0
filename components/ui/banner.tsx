import type { ReactNode } from "react";

export type BannerTone = "success" | "error" | "info";

const TONE: Record<BannerTone, string> = {
  success: "border-green-700 bg-green-50 text-green-950",
  error: "border-red-700 bg-red-50 text-red-950",
  info: "border-blue-700 bg-blue-50 text-blue-950",
};

/**
 * The outcome of an action. Success and info are polite (role="status"), an error interrupts
 * (role="alert"). Rendered empty, it keeps the live region in place so a later message is read out.
 */
export function Banner({ tone, title, children, className }: { tone: BannerTone; title?: string; children?: ReactNode; className?: string }) {
  const role = tone === "error" ? "alert" : "status";
  if (!title && !children) return <div role={role} />;
  return (
    <div role={role} className={`mb-4 rounded border-l-8 p-4 ${TONE[tone]} ${className ?? ""}`}>
      {title ? <p className="font-bold">{title}</p> : null}
      {children ? <div className={title ? "mt-1" : "font-semibold"}>{children}</div> : null}
    </div>
  );
}
