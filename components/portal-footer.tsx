import type { Messages } from "@/lib/i18n";

export function PortalFooter({ m }: { m: Messages }) {
  return (
    <footer className="border-t border-slate-300 bg-white">
      <p className="mx-auto max-w-6xl px-4 py-4 text-sm text-slate-700">{m.app.footer}</p>
    </footer>
  );
}
