import type { Unit } from './indicator-catalog';

/**
 * One unit per category, made once: a large centre's year counts hundreds of thousands of cases and
 * services in a handful of categories each, and its figures hold one small object per category
 * instead of one per case (units are read, never changed: each is frozen).
 */
export class SameUnits {
  private readonly made = new Map<string, Unit>();

  constructor(private readonly dimension: string) {}

  of(category: string): Unit {
    let unit = this.made.get(category);
    if (!unit) {
      unit = Object.freeze({ [this.dimension]: category });
      this.made.set(category, unit);
    }
    return unit;
  }
}
