import type { CsvDryRunResult } from '@partwise/shared';

/** What the user chose after the dry run; nothing is left out or imported at $0.00 unless chosen. */
export interface ImportChoices {
  skipDuplicates: boolean;
  blankCostAsZero: boolean;
  skipProblemRows: boolean;
}

export const NO_CHOICES: ImportChoices = {
  skipDuplicates: false,
  blankCostAsZero: false,
  skipProblemRows: false,
};

/** How many parts the import will bring in with these choices (the server's answer is the final word). */
export function importableCount(report: CsvDryRunResult, choices: ImportChoices): number {
  const blankLeft = choices.blankCostAsZero ? 0 : report.blankCostCount;
  const duplicatesLeft = choices.skipDuplicates ? report.duplicateCount : 0;
  const both = !choices.blankCostAsZero && choices.skipDuplicates ? report.blankCostDuplicateCount : 0;
  return report.validCount - blankLeft - duplicatesLeft + both;
}

/** Problems and unconfirmed blank costs stop the import, unless the user skips those rows. */
export function canImport(report: CsvDryRunResult, choices: ImportChoices): boolean {
  const blocked =
    !choices.skipProblemRows &&
    (report.problemCount > 0 || (report.blankCostCount > 0 && !choices.blankCostAsZero));
  return !blocked && importableCount(report, choices) > 0;
}
