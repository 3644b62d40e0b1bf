import { useTheme } from '../lib/theme';
import { Icon } from './Icon';

export function ThemeToggle({ className = '' }: { className?: string }) {
  const { theme, toggle } = useTheme();
  const label = theme === 'dark' ? 'Switch to light theme' : 'Switch to dark theme';
  return (
    <button
      type="button"
      className={`btn btn-ghost btn-square btn-sm ${className}`}
      onClick={toggle}
      title={label}
    >
      <Icon name={theme === 'dark' ? 'sun' : 'moon'} />
      <span className="sr-only">{label}</span>
    </button>
  );
}
