import { Table, Tbody, Td, Th, Thead, Tr } from "@/components/ui/table";

// Plain server-rendered SVG charts: the picture is hidden from screen readers, and the same
// figures follow in a data table (visible, so everyone can read the exact values).

export type ChartPoint = { label: string; value: number | null; display: string };

const WIDTH = 560;
const HEIGHT = 160;
const PAD = { top: 16, right: 12, bottom: 28, left: 12 };

/** A trend: one bar per period (an empty period draws none), labelled under it. */
export function TrendChart({ title, caption, valueHeader, periodHeader, points }: { title: string; caption: string; valueHeader: string; periodHeader: string; points: ChartPoint[] }) {
  const max = Math.max(1, ...points.map((p) => p.value ?? 0));
  const step = (WIDTH - PAD.left - PAD.right) / Math.max(1, points.length);
  const inner = HEIGHT - PAD.top - PAD.bottom;
  return (
    <figure className="mt-4">
      <figcaption className="font-semibold">{title}</figcaption>
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} className="mt-2 h-auto w-full max-w-xl" aria-hidden="true" focusable="false">
        <line x1={PAD.left} x2={WIDTH - PAD.right} y1={HEIGHT - PAD.bottom} y2={HEIGHT - PAD.bottom} className="stroke-slate-500" />
        {points.map((p, i) => {
          const h = p.value === null ? 0 : (p.value / max) * inner;
          const x = PAD.left + i * step + step * 0.2;
          return (
            <g key={p.label}>
              {p.value === null ? null : <rect x={x} y={HEIGHT - PAD.bottom - h} width={step * 0.6} height={h} className="fill-brand-700" />}
              <text x={x + step * 0.3} y={HEIGHT - PAD.bottom - h - 4} textAnchor="middle" className="fill-slate-900 text-[10px]">
                {p.display}
              </text>
              <text x={x + step * 0.3} y={HEIGHT - 10} textAnchor="middle" className="fill-slate-700 text-[10px]">
                {p.label}
              </text>
            </g>
          );
        })}
      </svg>
      <Table caption={caption} className="mt-2 max-w-xl">
        <Thead>
          <Tr>
            <Th>{periodHeader}</Th>
            <Th>{valueHeader}</Th>
          </Tr>
        </Thead>
        <Tbody>
          {points.map((p) => (
            <Tr key={p.label}>
              <Th scope="row">{p.label}</Th>
              <Td>{p.display}</Td>
            </Tr>
          ))}
        </Tbody>
      </Table>
    </figure>
  );
}

/** Horizontal bars for a breakdown; the table beside it is the figure's own table. */
export function BarChart({ title, bars }: { title: string; bars: ChartPoint[] }) {
  const max = Math.max(1, ...bars.map((b) => b.value ?? 0));
  const row = 22;
  const labelWidth = 200;
  const height = bars.length * row + 8;
  return (
    <figure className="mt-4">
      <figcaption className="font-semibold">{title}</figcaption>
      <svg viewBox={`0 0 ${WIDTH} ${height}`} className="mt-2 h-auto w-full max-w-xl" aria-hidden="true" focusable="false">
        {bars.map((b, i) => {
          const w = b.value === null ? 0 : (b.value / max) * (WIDTH - labelWidth - 60);
          const y = 4 + i * row;
          return (
            <g key={b.label}>
              <text x={labelWidth - 6} y={y + 14} textAnchor="end" className="fill-slate-900 text-[10px]">
                {b.label.length > 38 ? `${b.label.slice(0, 37)}…` : b.label}
              </text>
              <rect x={labelWidth} y={y + 3} width={w} height={row - 8} className="fill-brand-700" />
              <text x={labelWidth + w + 4} y={y + 14} className="fill-slate-900 text-[10px]">
                {b.display}
              </text>
            </g>
          );
        })}
      </svg>
    </figure>
  );
}
