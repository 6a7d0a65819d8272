package org.incidex.model;

/** How precisely a date is known. Coarser than the text allows is a loss; finer is an invention. */
public enum Precision {
  DAY,
  MONTH,
  /** A season or part of a year: {@code early 2014}, {@code summer 2019}. Exported as the year. */
  PART_OF_YEAR,
  YEAR,
  /** {@code the 1980s}: exported as null, since ISO has no decade. */
  DECADE
}
