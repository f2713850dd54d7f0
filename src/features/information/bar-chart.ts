/**
 * Geometry of a horizontal bar chart, computed at build time so the page
 * ships an SVG and no chart JavaScript. Pure and unit-tested.
 */

export interface BarInput {
  label: string;
  value: number;
}

export interface Bar extends BarInput {
  /** Top edge of the bar. */
  y: number;
  /** Bar length in SVG units. */
  width: number;
  /** Where the value label starts (just after the bar end). */
  valueX: number;
  /** Baseline of the category label and the value label. */
  textY: number;
}

export interface BarChartLayout {
  width: number;
  height: number;
  /** Where bars start (labels sit to the left of it). */
  plotX: number;
  barHeight: number;
  bars: Bar[];
}

export interface BarChartOptions {
  width?: number;
  /** Space reserved for category labels, in SVG units. */
  labelWidth?: number;
  /** Space reserved after the longest bar for its value. */
  valueWidth?: number;
  barHeight?: number;
  gap?: number;
}

/** Lays out one bar per value, the longest bar filling the plot width. */
export function layoutBarChart(values: readonly BarInput[], options: BarChartOptions = {}): BarChartLayout {
  // 400 units wide: readable at 360 px (about 0.8 scale) without growing huge on a desktop.
  const { width = 400, valueWidth = 80, barHeight = 26, gap = 12 } = options;
  // Labels are drawn at 15 units in a proportional font: about 8.6 units a
  // character covers the widest common labels ("Décines-Charpieu"), so size
  // the label column from the longest label rather than guessing one width.
  const longest = Math.max(0, ...values.map((v) => v.label.length));
  const labelWidth = options.labelWidth ?? Math.min(width / 2, Math.max(80, Math.ceil(longest * 8.6) + 12));
  const plotX = labelWidth;
  const plotWidth = width - labelWidth - valueWidth;
  const max = Math.max(0, ...values.map((v) => v.value));
  const bars = values.map((v, index) => {
    const y = gap + index * (barHeight + gap);
    const barWidth = max === 0 ? 0 : (v.value / max) * plotWidth;
    return { ...v, y, width: barWidth, valueX: plotX + barWidth + 8, textY: y + barHeight / 2 };
  });
  return { width, height: gap + values.length * (barHeight + gap), plotX, barHeight, bars };
}

/** A number as French or English readers write it ("4 790", "12,5"). */
export function formatNumber(value: number, lang: 'fr' | 'en'): string {
  return new Intl.NumberFormat(lang === 'fr' ? 'fr-FR' : 'en-GB', { maximumFractionDigits: 1 }).format(value);
}
