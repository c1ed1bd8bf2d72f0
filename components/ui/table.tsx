import { useId, type HTMLAttributes, type ReactNode, type TdHTMLAttributes, type ThHTMLAttributes } from "react";

/**
 * Lets a wide table scroll inside itself, so the page never scrolls sideways (WCAG 1.4.10).
 * Focusable and named, so a keyboard user can scroll it and a screen reader says what it is.
 * `relative`: sr-only text in cells is absolutely positioned, and would escape a scroll box
 * that is not its containing block (and widen the page again).
 */
export function TableScroll({ label, labelledBy, className, children }: { label?: string; labelledBy?: string; className?: string; children: ReactNode }) {
  return (
    <div role="region" tabIndex={0} aria-label={label} aria-labelledby={labelledBy} data-scroll-region="" className={`relative max-w-full overflow-x-auto rounded ${className ?? ""}`}>
      {children}
    </div>
  );
}

/**
 * A data table with its caption (visible, or for screen readers only), in its own scroll region.
 * `scrollClassName` styles that region, e.g. a maximum height for a long list that scrolls down too.
 */
export function Table({
  caption,
  captionHidden = false,
  children,
  className,
  scrollClassName,
}: {
  caption: string;
  captionHidden?: boolean;
  children: ReactNode;
  className?: string;
  scrollClassName?: string;
}) {
  const id = useId();
  return (
    <TableScroll labelledBy={`${id}-caption`} className={scrollClassName}>
      <table className={`w-full border-collapse bg-white text-left text-sm ${className ?? ""}`}>
        <caption id={`${id}-caption`} className={captionHidden ? "sr-only" : "mb-2 text-left text-lg font-semibold"}>
          {caption}
        </caption>
        {children}
      </table>
    </TableScroll>
  );
}

export function Thead(props: HTMLAttributes<HTMLTableSectionElement>) {
  return <thead {...props} />;
}

export function Tbody(props: HTMLAttributes<HTMLTableSectionElement>) {
  return <tbody {...props} />;
}

export function Tr(props: HTMLAttributes<HTMLTableRowElement>) {
  return <tr {...props} />;
}

/** A header cell: a column's by default, `scope="row"` for the cell that names its row. */
export function Th({ scope = "col", className, ...props }: ThHTMLAttributes<HTMLTableCellElement>) {
  const look = scope === "row" ? "border-b border-slate-200 px-3 py-2 align-top font-semibold" : "border-b-2 border-slate-400 px-3 py-2 font-semibold";
  return <th {...props} scope={scope} className={`${look} ${className ?? ""}`} />;
}

export function Td({ className, ...props }: TdHTMLAttributes<HTMLTableCellElement>) {
  return <td {...props} className={`border-b border-slate-200 px-3 py-2 align-top ${className ?? ""}`} />;
}
