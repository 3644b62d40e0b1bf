import { useQuery } from '@tanstack/react-query';
import { Icon } from '../../components/Icon';
import { appAddressQuery } from './queries';

/**
 * The page was opened at an address the app does not answer at (another host name, port or scheme): signing
 * in would be refused, so say which address to open. Loopback names of a loopback address all work.
 */
export function WrongAddress({
  here = window.location,
}: {
  here?: Pick<Location, 'origin' | 'pathname' | 'search'>;
}) {
  const address = useQuery(appAddressQuery());
  if (!address.data || address.data.origins.includes(here.origin)) return null;
  const target = new URL(`${here.pathname}${here.search}`, address.data.url).href;
  return (
    <div role="alert" className="alert alert-warning alert-soft items-start text-sm">
      <Icon name="warning" className="size-5 shrink-0" />
      <p>
        This page was opened at {here.origin}, which is not this app’s address: signing in works only at{' '}
        <a className="link font-medium break-all" href={target}>
          {address.data.url}
        </a>
        .
      </p>
    </div>
  );
}
