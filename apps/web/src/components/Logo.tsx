export function LogoMark({ className = 'size-8' }: { className?: string }) {
  return (
    <svg className={className} viewBox="0 0 32 32" aria-hidden="true">
      <rect width="32" height="32" rx="7" className="fill-primary" />
      <path d="M9 8h14v4h-9.5v3.5H21v4h-7.5V24H9z" className="fill-primary-content" />
      <circle cx="23.5" cy="22.5" r="2.5" className="fill-accent" />
    </svg>
  );
}

export function Logo() {
  return (
    <span className="flex items-center gap-2.5">
      <LogoMark />
      <span className="text-lg font-semibold tracking-tight whitespace-nowrap">
        Partwise <span className="text-primary">Forge</span>
      </span>
    </span>
  );
}
