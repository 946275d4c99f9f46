/** Unit values for ranking tests: commune "c<i>", named "N<i>" unless a name is given. */
import type { UnitMetricValue } from '../../../src/data/dataset';
import type { UnitFigures } from '../../../src/data/types';

const FIGURES: UnitFigures = {
  households: 1000, ethnic_minority_households: null, poor: 10, poor_rate: null, ethnic_minority_poor: null, ethnic_minority_poor_rate: null,
  social_protection: null, social_protection_rate: null, able_to_escape: null, able_to_escape_rate: null, target_2022: null, poor_end_2022: null, poor_rate_end_2022: null,
};

/** A unit value with code "c<i>" and name "N<i>" unless a name is given. */
export function unit(i: number, value: number | null, name = `N${i}`): UnitMetricValue {
  return {
    value, numerator: null, denominator: null, printed: null,
    gsoCode: `c${i}`, name, fullName: `Xã ${name}`, printedName: name,
    row: { name, gsoCode: null, row: i + 2, figures: FIGURES, raw: {} },
  };
}
