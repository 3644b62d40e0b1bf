import { type Build, buildMoney, checkBuild, type Part } from '@partwise/shared';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, Route, Routes } from 'react-router';
import { describe, expect, it } from 'vitest';
import { ToastProvider } from '../../components/toast';
import { testPart } from '../../test/parts';
import { BuildPage } from './BuildPage';
import { buildItemsOf } from './build-items';
import { buildQueries } from './queries';

const RYZEN = testPart(1, 'AMD Ryzen 5 5600X', {
  category: 'cpu',
  status: 'in_build',
  specs: { socket: 'AM4', microarchitecture: 'Zen 3', tdpW: 65, integratedGraphics: false },
});
const B450 = testPart(2, 'MSI B450 TOMAHAWK MAX', {
  category: 'motherboard',
  status: 'in_build',
  specs: { socket: 'AM4', chipset: 'B450', formFactor: 'ATX', memoryType: 'DDR4', memorySlots: 4 },
});
const RTX = testPart(3, 'ASUS TUF RTX 3080', {
  category: 'gpu',
  status: 'in_build',
  specs: { lengthMm: 300 },
});
const H510 = testPart(4, 'NZXT H510', {
  category: 'case',
  status: 'in_build',
  specs: { type: 'ATX Mid Tower' },
});

/** The build as the server would answer it, its report made by the same engine. */
function buildOf(parts: Part[]): Build {
  const shape = { parts, planned: [] };
  return {
    id: 7,
    name: 'Ryzen gamer',
    status: 'planning',
    notes: null,
    partCount: parts.length,
    plannedCount: 0,
    money: buildMoney(parts, [], null),
    ...shape,
    compatibility: checkBuild(buildItemsOf(shape)),
    override: null,
    sale: null,
    createdAt: '2026-01-10T12:00:00.000Z',
    updatedAt: '2026-01-10T12:00:00.000Z',
  };
}

function renderPage(build: Build) {
  // The build is in the cache and stays fresh: the page renders it without asking a server.
  const client = new QueryClient({
    defaultOptions: { queries: { staleTime: Number.POSITIVE_INFINITY, retry: false } },
  });
  client.setQueryData(buildQueries.detail(build.id).queryKey, build);
  return render(
    <QueryClientProvider client={client}>
      <ToastProvider>
        <MemoryRouter initialEntries={[`/builds/${build.id}`]}>
          <Routes>
            <Route path="/builds/:id" element={<BuildPage />} />
          </Routes>
        </MemoryRouter>
      </ToastProvider>
    </QueryClientProvider>,
  );
}

describe('the build page', () => {
  it('says each finding once, in the report; the parts point at it', () => {
    renderPage(buildOf([RYZEN, B450]));
    expect(screen.getAllByText(/may need a BIOS update before it runs/)).toHaveLength(1);
    const report = screen.getByRole('region', { name: 'Compatibility' });
    expect(within(report).getByText(/may need a BIOS update before it runs/)).toBeVisible();
    for (const name of [RYZEN.name, B450.name])
      expect(
        screen.getByRole('button', { name: `1 warning with the ${name}: show in the compatibility report` }),
      ).toBeVisible();
  });

  it('shows no rule code or spec key anywhere', () => {
    renderPage(buildOf([RYZEN, B450, RTX, H510]));
    const text = document.body.textContent ?? '';
    expect(text).not.toMatch(/\b[A-Z0-9]+(?:_[A-Z0-9]+)+\b/);
    expect(text).not.toMatch(/\b(?:cpu|gpu|motherboard|memory|storage|psu|case|cooler)\.[a-z]\w*/);
  });

  it('asks for an unknown spec where the report says it is missing, and checks what is typed', async () => {
    const user = userEvent.setup();
    renderPage(buildOf([RTX, H510]));
    const report = screen.getByRole('region', { name: 'Compatibility' });
    expect(within(report).getByText(/unknown maximum graphics card length of the NZXT H510/)).toBeVisible();
    await user.click(within(report).getByRole('button', { name: /Enter the maximum graphics card length/ }));
    const field = within(report).getByLabelText('Maximum graphics card length of the NZXT H510, in mm');
    await user.type(field, 'long');
    await user.click(within(report).getByRole('button', { name: 'Save and check again' }));
    expect(
      await within(report).findByText('The maximum graphics card length must be a number.'),
    ).toBeVisible();
    expect(field).toHaveAttribute('aria-invalid', 'true');
  });

  it('lets the first CPU into an empty build without calling it incompatible', () => {
    renderPage(buildOf([RYZEN]));
    const report = screen.getByRole('region', { name: 'Compatibility' });
    expect(within(report).queryByText('Will not work', { exact: false })).toBeNull();
    expect(within(report).getByText(/No graphics card yet/)).toBeVisible();
    expect(within(report).getByText('No problems so far')).toBeVisible();
  });
});
