// The exit codes of `creditline`, documented in its --help and guides/cli.md. Cron and CI act on
// them, so each situation has its own: a failed vendor outranks a low balance, because the
// balances are then incomplete and the threshold could not be checked everywhere.
export const EXIT_CODES = {
  /** Every configured vendor was read and no balance is below --warn-below. */
  ok: 0,
  /** An unexpected error: a bug in creditline. */
  unexpected: 1,
  /** Bad options or configuration; nothing was asked. */
  usage: 2,
  /** At least one vendor could not be read; the others are printed. */
  vendorFailed: 3,
  /** At least one balance is below --warn-below. */
  belowThreshold: 4,
} as const;

export function exitCodeOf(failures: number, belowThreshold: number): number {
  if (failures > 0) return EXIT_CODES.vendorFailed;
  return belowThreshold > 0 ? EXIT_CODES.belowThreshold : EXIT_CODES.ok;
}
