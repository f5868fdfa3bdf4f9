import { describe, expect, it } from 'vitest';
import { COLOURS, COLOUR_NAMES, highlightName } from './colours';

// Machado, Oliveira & Fernandes (2009), severity 1.0, applied to linear RGB.
const SIMULATIONS: Record<string, number[][]> = {
  normal: [[1, 0, 0], [0, 1, 0], [0, 0, 1]],
  protanopia: [[0.152286, 1.052583, -0.204868], [0.114503, 0.786281, 0.099216], [-0.003882, -0.048116, 1.051998]],
  deuteranopia: [[0.367322, 0.860646, -0.227968], [0.280085, 0.672501, 0.047413], [-0.01182, 0.04294, 0.968881]],
  tritanopia: [[1.255528, -0.076749, -0.178779], [-0.078411, 0.930809, 0.147602], [0.004733, 0.691367, 0.3039]],
};

const linear = (hex: string) =>
  [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
const luminance = (rgb: number[]) => 0.2126 * rgb[0]! + 0.7152 * rgb[1]! + 0.0722 * rgb[2]!;
function contrast(a: string, b: string): number {
  const [light, dark] = [luminance(linear(a)), luminance(linear(b))].sort((x, y) => y - x);
  return (light! + 0.05) / (dark! + 0.05);
}
function lab([r, g, b]: number[]): number[] {
  const f = (t: number) => (t > 0.008856 ? Math.cbrt(t) : 7.787 * t + 16 / 116);
  const x = f((0.4124 * r! + 0.3576 * g! + 0.1805 * b!) / 0.95047);
  const y = f(0.2126 * r! + 0.7152 * g! + 0.0722 * b!);
  const z = f((0.0193 * r! + 0.1192 * g! + 0.9505 * b!) / 1.08883);
  return [116 * y - 16, 500 * (x - y), 200 * (y - z)];
}
const simulate = (hex: string, matrix: number[][]) =>
  matrix.map((row) => Math.min(1, Math.max(0, row.reduce((sum, m, i) => sum + m * linear(hex)[i]!, 0))));

describe('highlight colours', () => {
  it('offers at least four named colours with distinct highlight names', () => {
    expect(COLOUR_NAMES.length).toBeGreaterThanOrEqual(4);
    expect(new Set(COLOUR_NAMES.map((name) => COLOURS[name].label)).size).toBe(COLOUR_NAMES.length);
    expect(new Set(COLOUR_NAMES.map(highlightName)).size).toBe(COLOUR_NAMES.length);
    for (const name of COLOUR_NAMES) expect(highlightName(name)).toMatch(/^backstory-hl-/);
  });

  it('keeps highlighted text readable (WCAG AA, 4.5:1) whatever the page colours', () => {
    for (const name of COLOUR_NAMES) expect(contrast(COLOURS[name].background, COLOURS[name].text)).toBeGreaterThanOrEqual(4.5);
  });

  it('keeps every pair of colours apart under protanopia, deuteranopia and tritanopia', () => {
    for (const [deficiency, matrix] of Object.entries(SIMULATIONS)) {
      for (const a of COLOUR_NAMES) {
        for (const b of COLOUR_NAMES) {
          if (a >= b) continue;
          const [la, lb] = [lab(simulate(COLOURS[a].background, matrix)), lab(simulate(COLOURS[b].background, matrix))];
          const distance = Math.hypot(la[0]! - lb[0]!, la[1]! - lb[1]!, la[2]! - lb[2]!);
          expect(distance, `${a} vs ${b} under ${deficiency}`).toBeGreaterThanOrEqual(15);
        }
      }
    }
  });
});
