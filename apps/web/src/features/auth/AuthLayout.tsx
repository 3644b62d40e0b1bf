import type { ReactNode } from 'react';
import { Logo } from '../../components/Logo';
import { ThemeToggle } from '../../components/ThemeToggle';

const POINTS = [
  'Every part you buy, what it cost and where it came from',
  'Builds priced as you plan them, with the profit in view',
  'Listings ready to paste, fees and net worked out',
];

/** The frame around sign-in and sign-up: the product's pitch beside the form. */
export function AuthLayout({ children }: { children: ReactNode }) {
  return (
    <div className="min-h-dvh bg-base-200">
      <div className="mx-auto flex min-h-dvh max-w-6xl flex-col px-4 py-6 sm:px-8">
        <header className="flex items-center justify-between">
          <Logo />
          <ThemeToggle />
        </header>
        <main className="grid flex-1 items-center gap-10 py-10 lg:grid-cols-2 lg:gap-16">
          <section className="hidden lg:block">
            <h1 className="text-4xl font-semibold leading-tight tracking-tight">
              Flip PCs for profit, <span className="text-primary">not for spreadsheets.</span>
            </h1>
            <p className="mt-4 text-lg text-base-content/70">
              Partwise Forge tracks the parts you buy, the PCs you build and what they sell for — and tells
              you what each one really earned.
            </p>
            <ul className="mt-8 space-y-3">
              {POINTS.map((point) => (
                <li key={point} className="flex items-start gap-3">
                  <span className="mt-1 size-2 shrink-0 rounded-full bg-accent" />
                  <span className="text-base-content/80">{point}</span>
                </li>
              ))}
            </ul>
          </section>
          <div className="mx-auto w-full max-w-md">
            <p className="mb-6 text-center text-base-content/70 lg:hidden">
              Track parts, builds and sales — and see what every flip really earned.
            </p>
            {children}
          </div>
        </main>
        <footer className="text-center text-xs text-base-content/50">
          © {new Date().getFullYear()} Partwise Forge
        </footer>
      </div>
    </div>
  );
}
