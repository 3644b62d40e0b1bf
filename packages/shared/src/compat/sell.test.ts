import { describe, expect, it } from 'vitest';
import { checkBuild } from './check';
import { BOARD, CPU, MEMORY } from './fixtures.test-data';
import { cleanBuild, swap, without } from './helpers.test-data';
import { describeProblems, problemsNotOverridden, sellingProblems } from './sell';

describe('sellingProblems', () => {
  it('is empty for a complete build with only warnings and unknowns', () => {
    const warned = checkBuild(swap(cleanBuild(), CPU.ryzen9700x));
    expect(warned.status).toBe('warnings');
    expect(sellingProblems(warned.findings)).toEqual([]);
  });

  it('counts errors, and the parts still missing, which are information until then', () => {
    const report = checkBuild([CPU.ryzen5600x, BOARD.msiZ690a]);
    expect(sellingProblems(report.findings).map((f) => f.message)).toEqual([
      'The AMD Ryzen 5 5600X needs an AM4 board; the MSI PRO Z690-A is LGA1700.',
      'No memory yet.',
      'No storage drive yet.',
      'No power supply yet.',
      'No case yet.',
      'No graphics card yet: the AMD Ryzen 5 5600X has no integrated graphics, so the build needs one for a display.',
    ]);
  });
});

describe('problemsNotOverridden', () => {
  it('lets an override cover the problems it was given for, word for word, and no others', () => {
    const noDrive = checkBuild(without(cleanBuild(), 'storage')).findings;
    const [missing] = sellingProblems(noDrive);
    expect(missing?.message).toBe('No storage drive yet.');
    expect(problemsNotOverridden(noDrive, null)).toHaveLength(1);
    const override = { problems: [{ code: 'MISSING_COMPONENT', message: 'No storage drive yet.' }] };
    expect(problemsNotOverridden(noDrive, override)).toEqual([]);
    // The build changed: the same override does not cover a new problem.
    const wrongKit = checkBuild(swap(without(cleanBuild(), 'storage'), MEMORY.lpx16)).findings;
    expect(problemsNotOverridden(wrongKit, override).map((f) => f.code)).toEqual(['MEMORY_TYPE_MISMATCH']);
  });
});

describe('describeProblems', () => {
  it('names the build and each problem', () => {
    const problems = sellingProblems(checkBuild(without(cleanBuild(), 'storage')).findings);
    expect(describeProblems('Office PC', problems)).toBe('“Office PC” has a problem: No storage drive yet.');
  });
});
