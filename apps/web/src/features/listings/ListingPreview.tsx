import {
  estimateFeesCents,
  type FeeRate,
  PLATFORM_LABELS,
  type Platform,
  postedTitle,
  TITLE_LIMITS,
} from '@partwise/shared';
import { Icon } from '../../components/Icon';
import { Money } from '../../components/Money';
import { useToast } from '../../components/toast';
import { listingText } from './platform-text';

/** How the listing will read on the platform, what the platform keeps, and the text to paste. */
export function ListingPreview({
  platform,
  title,
  description,
  priceCents,
  rate,
}: {
  platform: Platform;
  title: string;
  description: string;
  priceCents: number | null;
  rate: FeeRate;
}) {
  const notify = useToast();
  const shown = postedTitle(platform, title.trim() || 'Your title');
  const limit = TITLE_LIMITS[platform];
  const over = shown.length > limit.max;
  const price = priceCents ?? 0;
  const fees = estimateFeesCents(price, rate);
  const text = listingText(platform, title.trim(), description, price);

  const copy = () =>
    navigator.clipboard
      .writeText(text)
      .then(() => notify('Listing text copied'))
      .catch(() => notify('The browser did not allow copying: select the text and copy it by hand', 'error'));

  return (
    <section aria-label="Preview" className="flex flex-col gap-3">
      <div className="rounded-box border border-base-300 bg-base-200/60 p-3">
        <p className="text-xs font-medium text-base-content/60 uppercase">On {PLATFORM_LABELS[platform]}</p>
        <p className="mt-1 font-semibold break-words">{over ? `${shown.slice(0, limit.max)}…` : shown}</p>
        <p className="mt-1 text-lg font-semibold">
          <Money cents={price} />
        </p>
        <p className={`mt-1 text-xs ${over ? 'text-error' : 'text-base-content/60'}`} title={limit.source}>
          Title {shown.length} of {limit.max} characters
          {over ? (limit.enforced ? ': it will be cut' : ': shorter reads better') : ''}
        </p>
      </div>
      <dl className="grid grid-cols-[1fr_auto] gap-x-4 gap-y-1 text-sm">
        <dt className="text-base-content/70">Estimated fees</dt>
        <dd className="text-right" data-testid="estimated-fees">
          <Money cents={-fees || 0} />
        </dd>
        <dt className="font-semibold">Estimated net</dt>
        <dd className="text-right font-semibold" data-testid="estimated-net">
          <Money cents={price - fees} />
        </dd>
      </dl>
      <div>
        <div className="mb-1 flex items-center justify-between gap-2">
          <span className="text-sm font-medium">Listing text</span>
          <button type="button" className="btn btn-xs" onClick={copy}>
            <Icon name="copy" className="size-3.5" />
            Copy
          </button>
        </div>
        <pre
          className="max-h-48 overflow-auto rounded-box bg-base-200 p-3 text-xs whitespace-pre-wrap break-words"
          data-testid="listing-text"
        >
          {text}
        </pre>
      </div>
    </section>
  );
}
