// A bar chart of follow-up rates as plain SVG: prints sharply in black and grey, needs no
// chart library, and its figures are also given as text beside it (the chart is decoration
// for screen readers: role="img" with the same figures in its label).

export type ChartBar = { label: string; value: number; total: number; caption: string };

export function RatesChart({ title, bars }: { title: string; bars: ChartBar[] }) {
  const rowH = 34;
  const labelW = 190;
  const barW = 300;
  const height = bars.length * rowH + 8;
  const summary = bars.map((b) => `${b.label}: ${b.caption}`).join("; ");
  return (
    <svg
      viewBox={`0 0 ${labelW + barW + 120} ${height}`}
      role="img"
      aria-label={`${title}. ${summary}`}
      className="w-full max-w-2xl print:max-w-full"
      data-chart="follow-up-rates"
    >
      {bars.map((b, i) => {
        const y = i * rowH + 4;
        const share = b.total > 0 ? b.value / b.total : 0;
        return (
          <g key={b.label}>
            <text x={0} y={y + 18} fontSize={13} fill="#1c1917">
              {b.label}
            </text>
            <rect x={labelW} y={y + 4} width={barW} height={20} fill="#f5f5f4" stroke="#a8a29e" strokeWidth={1} />
            <rect x={labelW} y={y + 4} width={Math.round(barW * share)} height={20} fill="#44403c" />
            <text x={labelW + barW + 8} y={y + 18} fontSize={13} fill="#1c1917">
              {b.caption}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
