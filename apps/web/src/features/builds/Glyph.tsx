import { Icon, type IconName } from '../../components/Icon';

/** Outline icons (Heroicons 2, MIT) only the builds pages use; the rest come from the shared set. */
const EXTRA = {
  info: 'm11.25 11.25.041-.02a.75.75 0 0 1 1.063.852l-.708 2.836a.75.75 0 0 0 1.063.853l.041-.021M21 12a9 9 0 1 1-18 0 9 9 0 0 1 18 0Zm-9-3.75h.008v.008H12V8.25Z',
  question:
    'M9.879 7.519c1.171-1.025 3.071-1.025 4.242 0 1.172 1.025 1.172 2.687 0 3.712-.203.179-.43.326-.67.442-.745.361-1.45.999-1.45 1.827v.75M21 12a9 9 0 1 1-18 0 9 9 0 0 1 18 0Zm-9 5.25h.008v.008H12v-.008Z',
  stop: 'M12 9v3.75m9-.75a9 9 0 1 1-18 0 9 9 0 0 1 18 0Zm-9 3.75h.008v.008H12v-.008Z',
} as const;

export type GlyphName = IconName | keyof typeof EXTRA;

const isExtra = (name: GlyphName): name is keyof typeof EXTRA => name in EXTRA;

export function Glyph({ name, className = 'size-5' }: { name: GlyphName; className?: string }) {
  if (!isExtra(name)) return <Icon name={name} className={className} />;
  return (
    <svg
      className={className}
      xmlns="http://www.w3.org/2000/svg"
      fill="none"
      viewBox="0 0 24 24"
      strokeWidth={1.5}
      stroke="currentColor"
      aria-hidden="true"
    >
      <path strokeLinecap="round" strokeLinejoin="round" d={EXTRA[name]} />
    </svg>
  );
}
