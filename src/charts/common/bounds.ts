// A rectangle in SVG pixels, immutable: layout is computed in code, not CSS,
// so the page, the SVG/PNG downloads and the unit tests all see one geometry
// (the idea of Our World in Data's grapher `Bounds`, written afresh).

export interface Sides {
  top?: number;
  right?: number;
  bottom?: number;
  left?: number;
}

export class Bounds {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;

  constructor(x: number, y: number, width: number, height: number) {
    this.x = x;
    this.y = y;
    // A negative size would draw inverted axes; an over-padded box collapses to 0 instead.
    this.width = Math.max(0, width);
    this.height = Math.max(0, height);
  }

  static ofSize(width: number, height: number): Bounds {
    return new Bounds(0, 0, width, height);
  }

  get left(): number {
    return this.x;
  }
  get right(): number {
    return this.x + this.width;
  }
  get top(): number {
    return this.y;
  }
  get bottom(): number {
    return this.y + this.height;
  }
  get centerX(): number {
    return this.x + this.width / 2;
  }

  /** The box inside the given margins. */
  pad(sides: Sides | number): Bounds {
    const s = typeof sides === 'number' ? { top: sides, right: sides, bottom: sides, left: sides } : sides;
    const top = s.top ?? 0;
    const right = s.right ?? 0;
    const bottom = s.bottom ?? 0;
    const left = s.left ?? 0;
    return new Bounds(this.x + left, this.y + top, this.width - left - right, this.height - top - bottom);
  }

  /** [a strip of `size` at the top, the rest below it, less `gap`]. */
  splitTop(size: number, gap = 0): [Bounds, Bounds] {
    const h = Math.min(size, this.height);
    return [
      new Bounds(this.x, this.y, this.width, h),
      new Bounds(this.x, this.y + h + gap, this.width, this.height - h - gap),
    ];
  }

  /** [the rest above, a strip of `size` at the bottom]. */
  splitBottom(size: number, gap = 0): [Bounds, Bounds] {
    const h = Math.min(size, this.height);
    return [
      new Bounds(this.x, this.y, this.width, this.height - h - gap),
      new Bounds(this.x, this.bottom - h, this.width, h),
    ];
  }

  /** [the rest on the left, a strip of `size` on the right]. */
  splitRight(size: number, gap = 0): [Bounds, Bounds] {
    const w = Math.min(size, this.width);
    return [
      new Bounds(this.x, this.y, this.width - w - gap, this.height),
      new Bounds(this.right - w, this.y, w, this.height),
    ];
  }

  /**
   * Stacks boxes top to bottom in proportion to `weights`, `gap` pixels apart:
   * the panels of a chart that share one x axis.
   */
  splitRows(weights: readonly number[], gap = 0): Bounds[] {
    const total = weights.reduce((a, b) => a + b, 0);
    const free = Math.max(0, this.height - gap * (weights.length - 1));
    let y = this.y;
    return weights.map((w) => {
      const h = total > 0 ? (free * w) / total : 0;
      const box = new Bounds(this.x, y, this.width, h);
      y += h + gap;
      return box;
    });
  }

  contains(px: number, py: number): boolean {
    return px >= this.left && px <= this.right && py >= this.top && py <= this.bottom;
  }
}
