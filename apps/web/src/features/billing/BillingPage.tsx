import type { Plan, Subscription } from '@partwise/shared';
import { useQuery } from '@tanstack/react-query';
import { useSearchParams } from 'react-router';
import { Icon } from '../../components/Icon';
import { ErrorState, PageHeader, SkeletonRows } from '../../components/states';
import { errorMessage } from '../../lib/api';
import { formatDate, formatMoney } from '../../lib/format';
import { billingQueries, PLAN_NAMES, useCheckout, usePortal } from './queries';
import { TokenMeter } from './TokenMeter';

const tokens = new Intl.NumberFormat();

export function BillingPage() {
  const subscription = useQuery(billingQueries.subscription());
  const plans = useQuery(billingQueries.plans());
  const [params, setParams] = useSearchParams();
  const returned = params.get('checkout');

  return (
    <>
      <PageHeader
        title="Billing"
        description="Your plan and how much of the assistant you have used this month."
      />
      {returned === 'success' && (
        <ReturnAlert tone="success" onClose={() => setParams({}, { replace: true })}>
          Thank you: your payment went through. Your new plan shows here as soon as Stripe confirms it.
        </ReturnAlert>
      )}
      {returned === 'cancelled' && (
        <ReturnAlert tone="info" onClose={() => setParams({}, { replace: true })}>
          Checkout was cancelled: nothing was charged and your plan is unchanged.
        </ReturnAlert>
      )}
      {(subscription.isPending || plans.isPending) && <SkeletonRows rows={3} label="Loading your plan" />}
      {subscription.isError && (
        <ErrorState error={subscription.error} onRetry={() => void subscription.refetch()} />
      )}
      {plans.isError && <ErrorState error={plans.error} onRetry={() => void plans.refetch()} />}
      {subscription.isSuccess && plans.isSuccess && (
        <BillingDetails subscription={subscription.data} plans={plans.data.items} />
      )}
    </>
  );
}

function ReturnAlert({
  tone,
  onClose,
  children,
}: {
  tone: 'success' | 'info';
  onClose: () => void;
  children: string;
}) {
  return (
    <div
      role="status"
      className={`alert alert-soft mb-4 ${tone === 'success' ? 'alert-success' : 'alert-info'}`}
    >
      <Icon name={tone === 'success' ? 'check' : 'info'} />
      <span className="flex-1">{children}</span>
      <button
        type="button"
        className="btn btn-ghost btn-sm btn-square"
        aria-label="Dismiss"
        onClick={onClose}
      >
        <Icon name="x" className="size-4" />
      </button>
    </div>
  );
}

function BillingDetails({ subscription, plans }: { subscription: Subscription; plans: Plan[] }) {
  const checkout = useCheckout();
  const portal = usePortal();
  const { usage } = subscription;
  const hasStripe = subscription.status !== null;
  // A live subscription changes plan in Stripe's portal; a second checkout would start a second subscription.
  const live =
    subscription.status !== null &&
    subscription.status !== 'canceled' &&
    subscription.status !== 'incomplete';
  const failure = checkout.error ?? portal.error;

  return (
    <div className="grid gap-4">
      {!subscription.billingEnabled && (
        <div role="note" className="alert alert-soft">
          <Icon name="info" />
          <span>
            Billing is not set up on this server, so paid plans cannot be bought here. Everyone is on the Free
            plan unless an administrator granted another.
          </span>
        </div>
      )}
      {subscription.status === 'past_due' && (
        <div role="alert" className="alert alert-warning">
          <Icon name="warning" />
          <span className="flex-1">
            Your last payment failed. Update your card to keep the {PLAN_NAMES[subscription.plan]} plan;
            Stripe will try again.
          </span>
          <button
            type="button"
            className="btn btn-sm"
            onClick={() => portal.mutate()}
            disabled={portal.isPending}
          >
            Update payment
          </button>
        </div>
      )}
      {failure && (
        <div role="alert" className="alert alert-error alert-soft">
          <Icon name="warning" />
          <span>{errorMessage(failure)}</span>
        </div>
      )}
      <section className="card border border-base-300 bg-base-100" aria-labelledby="current-plan">
        <div className="card-body gap-4">
          <div className="flex flex-wrap items-start justify-between gap-3">
            <div>
              <h2 id="current-plan" className="card-title">
                {PLAN_NAMES[subscription.plan]} plan
              </h2>
              <p className="text-sm text-base-content/70">
                {subscription.comp
                  ? `Granted by an administrator until ${formatDate(subscription.comp.until)}.`
                  : subscription.currentPeriodEnd && subscription.status !== 'canceled'
                    ? subscription.cancelAtPeriodEnd
                      ? `Ends on ${formatDate(subscription.currentPeriodEnd)}.`
                      : `Renews on ${formatDate(subscription.currentPeriodEnd)}.`
                    : 'No paid subscription.'}
              </p>
            </div>
            {subscription.billingEnabled && hasStripe && (
              <button
                type="button"
                className="btn btn-outline"
                onClick={() => portal.mutate()}
                disabled={portal.isPending}
              >
                Manage billing
              </button>
            )}
          </div>
          <TokenMeter usage={usage} />
        </div>
      </section>
      <section aria-labelledby="plans-title">
        <h2 id="plans-title" className="mb-3 text-lg font-semibold">
          Plans
        </h2>
        <ul className="grid gap-4 md:grid-cols-3">
          {plans.map((plan) => {
            const current = plan.id === subscription.plan;
            return (
              <li
                key={plan.id}
                className={`card border bg-base-100 ${current ? 'border-primary' : 'border-base-300'}`}
              >
                <div className="card-body gap-2">
                  <h3 className="card-title">
                    {plan.name}
                    {current && <span className="badge badge-primary badge-sm">Current</span>}
                  </h3>
                  <p className="text-2xl font-semibold tabular-nums">
                    {plan.priceCents === 0 ? 'Free' : `${formatMoney(plan.priceCents)}`}
                    {plan.priceCents > 0 && (
                      <span className="text-sm font-normal text-base-content/60"> / month</span>
                    )}
                  </p>
                  <p className="text-sm text-base-content/70">
                    {tokens.format(plan.monthlyTokens)} assistant tokens a month
                  </p>
                  {plan.id !== 'free' && !current && subscription.billingEnabled && (
                    <div className="card-actions mt-2">
                      <button
                        type="button"
                        className="btn btn-primary btn-block"
                        disabled={checkout.isPending || portal.isPending}
                        onClick={() =>
                          live ? portal.mutate() : checkout.mutate(plan.id as 'pro' | 'business')
                        }
                      >
                        {live ? `Switch to ${plan.name}` : `Upgrade to ${plan.name}`}
                      </button>
                    </div>
                  )}
                </div>
              </li>
            );
          })}
        </ul>
      </section>
    </div>
  );
}
