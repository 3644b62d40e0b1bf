import {
  BarController,
  BarElement,
  CategoryScale,
  type ChartData,
  Chart as ChartJS,
  type ChartOptions,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Tooltip,
} from 'chart.js';
import { Chart } from 'react-chartjs-2';
import { formatMoney } from '../../lib/format';
import type { ChartTheme } from './chart-theme';

// Only the parts these charts draw: the rest of Chart.js stays out of the bundle.
ChartJS.register(
  BarController,
  BarElement,
  CategoryScale,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Tooltip,
  Legend,
);

const compactMoney = new Intl.NumberFormat(undefined, {
  style: 'currency',
  currency: 'USD',
  notation: 'compact',
  maximumFractionDigits: 1,
});

/** Axis ticks in dollars ("$1.2K"): the data is in cents. */
const moneyTick = (value: string | number) => compactMoney.format(Number(value) / 100);

/** Under automated browsers charts draw at once, so a screenshot never catches a half-drawn bar. */
const animate = !navigator.webdriver;

function baseOptions(theme: ChartTheme, money: boolean, horizontal = false): ChartOptions<'bar'> {
  const valueAxis = {
    // Counts step by whole numbers (no "2.5 sales"); money is labelled in dollars.
    ticks: { color: theme.muted, ...(money ? { callback: moneyTick } : { precision: 0 }) },
    grid: { color: theme.grid },
    border: { display: false },
  };
  const categoryAxis = {
    ticks: { color: theme.muted, autoSkip: true, maxRotation: 0 },
    grid: { display: false },
  };
  return {
    responsive: true,
    maintainAspectRatio: false,
    animation: animate ? { duration: 300 } : false,
    indexAxis: horizontal ? 'y' : 'x',
    interaction: { mode: 'index', intersect: false },
    scales: horizontal ? { x: valueAxis, y: categoryAxis } : { x: categoryAxis, y: valueAxis },
    plugins: {
      legend: { labels: { color: theme.text, boxWidth: 12, boxHeight: 12 } },
      tooltip: {
        callbacks: money
          ? { label: (item) => `${item.dataset.label}: ${formatMoney(Number(item.raw))}` }
          : {},
      },
    },
  };
}

export interface Series {
  label: string;
  values: number[];
  color: string;
  /** Drawn as a line over the bars. */
  line?: boolean;
}

/** Bars (and lines over them) for a few series over the same labels. */
export function BarsChart({
  labels,
  series,
  theme,
  money = true,
  horizontal = false,
  label,
}: {
  labels: string[];
  series: Series[];
  theme: ChartTheme;
  money?: boolean;
  horizontal?: boolean;
  /** What the picture shows, for screen readers (the table below has the numbers). */
  label: string;
}) {
  const data: ChartData<'bar' | 'line'> = {
    labels,
    datasets: series.map((s) =>
      s.line
        ? {
            type: 'line' as const,
            label: s.label,
            data: s.values,
            borderColor: s.color,
            backgroundColor: s.color,
            borderWidth: 2,
            pointRadius: labels.length > 40 ? 0 : 3,
            // Straight segments: a curve between two periods would draw values no period had.
            tension: 0,
            order: 0,
          }
        : {
            type: 'bar' as const,
            label: s.label,
            data: s.values,
            backgroundColor: s.color,
            borderRadius: 3,
            maxBarThickness: 28,
            order: 1,
          },
    ),
  };
  return (
    <Chart
      type="bar"
      role="img"
      aria-label={label}
      data={data as ChartData<'bar'>}
      options={baseOptions(theme, money, horizontal)}
    />
  );
}
