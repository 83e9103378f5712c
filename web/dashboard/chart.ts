/** The monthly trend charts (uPlot), each with its figures as a table for screen readers and exact values. */
import 'uplot/dist/uPlot.min.css';
import { h, type JSX } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import uPlot from 'uplot';
import { L } from '../src/i18n.js';

export interface Series {
  label: string;
  values: (number | null)[];
  stroke: string;
  fill?: string;
}

/** The uPlot drawing, made once its box is on the page and has a width, and removed with it. */
function Plot({
  id,
  title,
  months,
  series,
  yFormat,
  yRange,
}: {
  id: string;
  title: string;
  months: string[];
  series: Series[];
  yFormat: (v: number) => string;
  yRange?: [number, number];
}): JSX.Element {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const el = box.current!;
    const xs = months.map((m) => Date.parse(`${m}-15T00:00:00Z`) / 1000);
    const plot = new uPlot(
      {
        width: Math.max(280, el.clientWidth || 600),
        height: 220,
        series: [
          {},
          ...series.map((s) => ({
            label: s.label,
            stroke: s.stroke,
            fill: s.fill,
            width: 2,
            points: { size: 6 },
          })),
        ],
        axes: [
          {
            values: (_u: uPlot, ticks: number[]) =>
              ticks.map((x) => new Date(x * 1000).toISOString().slice(2, 7)),
          },
          { values: (_u: uPlot, ticks: number[]) => ticks.map(yFormat), size: 56 },
        ],
        scales: { x: { time: false }, ...(yRange ? { y: { range: yRange } } : {}) },
        legend: { show: true },
      },
      [xs, ...series.map((s) => s.values)] as uPlot.AlignedData,
      el,
    );
    return () => plot.destroy();
  });
  return h('div', { class: 'chart', id, role: 'img', 'aria-label': title, ref: box });
}

/** A chart with its figures as a table (for screen readers, and to read exact values). */
export function chart(
  id: string,
  title: string,
  months: string[],
  series: Series[],
  yFormat: (v: number) => string,
  yRange?: [number, number],
): JSX.Element {
  const table = h(
    'table',
    { class: 'queue small' },
    h('caption', { class: 'visually-hidden' }, title),
    h(
      'thead',
      {},
      h(
        'tr',
        {},
        h('th', { scope: 'col' }, L('Tháng', 'Month')),
        ...series.map((s) => h('th', { scope: 'col' }, s.label)),
      ),
    ),
    h(
      'tbody',
      {},
      ...months.map((m, i) =>
        h(
          'tr',
          {},
          h('th', { scope: 'row' }, m),
          ...series.map((s) => h('td', {}, s.values[i] === null ? '—' : yFormat(s.values[i]!))),
        ),
      ),
    ),
  );
  return h(
    'section',
    { class: 'card' },
    h('h2', {}, title),
    h(Plot, { id, title, months, series, yFormat, yRange }),
    h('details', {}, h('summary', {}, L('Bảng số liệu', 'Data table')), table),
  );
}
