import { LogoMark } from './Logo';

/**
 * The whole-screen wait before the app can show anything (its first page's code, who is signed in).
 * It fades in only after a moment, so a quick load goes straight to the page without a flash.
 */
export function AppLoading() {
  return (
    <div className="grid min-h-dvh place-items-center bg-base-200" role="status" aria-busy="true">
      <span className="sr-only">Loading</span>
      <span className="appear-late">
        <LogoMark className="size-12 animate-pulse" />
      </span>
    </div>
  );
}
