import type { ReactNode } from 'react';
import { Icon, type IconName } from './Icon';
import { PageHeader } from './states';

interface Props {
  title: string;
  summary: string;
  icon: IconName;
  /** What the page will let a flipper do, in their words. */
  capabilities: string[];
  children?: ReactNode;
}

/** A feature that is planned but not built yet: says plainly what it will do. */
export function PlannedPage({ title, summary, icon, capabilities, children }: Props) {
  return (
    <>
      <PageHeader title={title} description={summary} />
      <section className="card border border-dashed border-base-300 bg-base-100">
        <div className="card-body items-center gap-5 py-12 text-center">
          <div className="grid size-16 place-items-center rounded-2xl bg-primary/10 text-primary">
            <Icon name={icon} className="size-8" />
          </div>
          <div>
            <span className="badge badge-soft badge-primary">In the works</span>
            <h2 className="mt-3 text-lg font-semibold">What you will be able to do here</h2>
          </div>
          <ul className="grid w-full max-w-xl gap-2 text-left">
            {capabilities.map((item) => (
              <li key={item} className="flex items-start gap-3 rounded-lg bg-base-200 px-4 py-3 text-sm">
                <Icon name="check" className="mt-0.5 size-4 shrink-0 text-success" />
                <span>{item}</span>
              </li>
            ))}
          </ul>
          {children}
        </div>
      </section>
    </>
  );
}
