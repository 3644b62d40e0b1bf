// Runs before the first paint so a saved theme never flashes the other one. Without a saved choice the
// stylesheet follows prefers-color-scheme on its own.
(() => {
  try {
    const saved = localStorage.getItem('pwf-theme');
    if (saved === 'light' || saved === 'dark') document.documentElement.dataset.theme = `forge-${saved}`;
  } catch {
    // Storage can be unavailable (private modes, policies): fall back to the system preference.
  }
})();
