import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyInstance, type FastifyRequest, type RouteOptions } from 'fastify';
import { jsonSchemaTransform, validatorCompiler } from 'fastify-type-provider-zod';
import type { Config } from './config';
import { type Clock, systemClock } from './core/clock';
import { APP_VERSION } from './core/version';
import type { Database } from './db/client';
import { createAuthenticator, requireUser } from './http/auth-guard';
import { registerErrorHandling } from './http/errors';
import { clientErrorHandler, frameworkErrors } from './http/framework-errors';
import { registerJsonBodies } from './http/json-body';
import { createRateLimiter } from './http/rate-limit';
import { isReplicaRoute, registerReadRouting } from './http/read-routing';
import { registerSecurityHeaders } from './http/security-headers';
import { responseSerializer } from './http/serializer';
import { serveWebApp } from './http/web-app';
import { serverJobs } from './jobs/reconcile-analytics.job';
import type { Job } from './jobs/runner';
import { adminRoutes } from './modules/admin/admin.routes';
import { createAdminService } from './modules/admin/admin.service';
import { aiRoutes } from './modules/ai/ai.routes';
import { createAiService } from './modules/ai/ai.service';
import { buildSuggestionsRoutes } from './modules/ai/build-suggestions/suggestions.routes';
import { createBuildSuggestionsService } from './modules/ai/build-suggestions/suggestions.service';
import { chatRoutes } from './modules/ai/chat.routes';
import { createChatService } from './modules/ai/chat.service';
import { createChatTools } from './modules/ai/chat-tools';
import { createChatModel, createConcurrencyGate, providerStatus } from './modules/ai/provider';
import { createSuggestionDecisions } from './modules/ai/suggestions/decisions';
import { suggestionDecisionRoutes } from './modules/ai/suggestions/decisions.routes';
import { createChatProposals } from './modules/ai/suggestions/proposals';
import { createActivityRecorder } from './modules/analytics/activity';
import { adminAnalyticsRoutes } from './modules/analytics/admin-analytics.routes';
import { createAdminAnalyticsService } from './modules/analytics/admin-analytics.service';
import { analyticsRoutes } from './modules/analytics/analytics.routes';
import { createAnalyticsService } from './modules/analytics/analytics.service';
import { accountRoutes } from './modules/auth/account.routes';
import { createAccountService } from './modules/auth/account.service';
import { createAuth } from './modules/auth/auth';
import { authRoutes } from './modules/auth/auth.routes';
import { createSessionsService } from './modules/auth/sessions.service';
import { createTokensService } from './modules/auth/tokens.service';
import { billingPublicRoutes, billingRoutes } from './modules/billing/billing.routes';
import { createBillingService } from './modules/billing/billing.service';
import { createStripe } from './modules/billing/stripe-client';
import { createWebhookService } from './modules/billing/webhook.service';
import { buildsRoutes } from './modules/builds/builds.routes';
import { createBuildsService } from './modules/builds/builds.service';
import { createCompatibilityService } from './modules/builds/compatibility.service';
import { catalogRoutes } from './modules/catalog/catalog.routes';
import { createCatalogService } from './modules/catalog/catalog.service';
import { dealsRoutes } from './modules/deals/deals.routes';
import { createDealsService } from './modules/deals/deals.service';
import { expensesRoutes } from './modules/expenses/expenses.routes';
import { createExpensesService } from './modules/expenses/expenses.service';
import { feesRoutes } from './modules/fees/fees.routes';
import { createFeesService } from './modules/fees/fees.service';
import { healthRoutes } from './modules/health/health.routes';
import { listingsRoutes } from './modules/listings/listings.routes';
import { createListingsService } from './modules/listings/listings.service';
import { lotsRoutes } from './modules/lots/lots.routes';
import { createLotsService } from './modules/lots/lots.service';
import { mileageRoutes } from './modules/mileage/mileage.routes';
import { createMileageService } from './modules/mileage/mileage.service';
import { partsRoutes } from './modules/parts/parts.routes';
import { createPartsService } from './modules/parts/parts.service';
import { partsCsvRoutes } from './modules/parts-csv/parts-csv.routes';
import { createPartsCsvService } from './modules/parts-csv/parts-csv.service';
import { photosRoutes } from './modules/photos/photos.routes';
import { createPhotosService } from './modules/photos/photos.service';
import { reportsRoutes } from './modules/reports/reports.routes';
import { createTaxYearService } from './modules/reports/tax-year.service';
import { createPnlService } from './modules/sales/pnl.service';
import { salesRoutes } from './modules/sales/sales.routes';
import { createSalesService } from './modules/sales/sales.service';
import { sampleDataRoutes } from './modules/sample-data/sample-data.routes';
import { createSampleDataService } from './modules/sample-data/sample-data.service';
import { valuationRoutes } from './modules/valuation/valuation.routes';
import { createValuationService } from './modules/valuation/valuation.service';

export interface AppDeps {
  config: Config;
  database: Database;
  /** The system clock unless a test sets the time. */
  clock?: Clock;
  /** The scheduled jobs (listed and run from the admin routes); main.ts schedules the same list. */
  jobs?: readonly Job[];
  /** True once main.ts has begun a shutdown: /readyz answers 503. */
  draining?: () => boolean;
  /** Sees every route as it is registered, with its zod schemas (the fuzz suite builds requests from them). */
  onRoute?: (route: RouteOptions) => void;
}

/** The whole HTTP application, without listening: main.ts listens, tests use app.inject. */
export async function buildApp({
  config,
  database,
  clock = systemClock,
  jobs = serverJobs(),
  onRoute,
  draining = () => false,
}: AppDeps): Promise<FastifyInstance> {
  const app = Fastify({
    logger:
      config.env === 'test'
        ? false
        : { level: config.logLevel, redact: ['req.headers.authorization', 'req.headers.cookie'] },
    bodyLimit: config.bodyLimitBytes,
    return503OnClosing: true,
    frameworkErrors,
    clientErrorHandler,
  });
  if (onRoute) app.addHook('onRoute', onRoute);
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(responseSerializer(config.responseSerializer));
  registerErrorHandling(app);
  registerJsonBodies(app);
  if (database.replica) registerReadRouting(app, config.readYourWritesSeconds);

  const { db } = database;
  const deps = { db, clock };
  const auth = createAuth(db, config);
  const tokens = createTokensService(deps);
  const identify = createAuthenticator(auth, tokens, config.trustedOrigins, clock);
  const recordActivity = createActivityRecorder(db, clock);
  const authenticate: typeof identify = async (request, options) => {
    const found = await identify(request, options);
    if (found) await recordActivity(found.user.id);
    return found;
  };
  // A remembered token is confirmed by the route's own statement (ADR 004), which must then read the primary:
  // a replica may not have seen the token's revocation yet.
  const confirmsInStatement = (request: FastifyRequest) =>
    request.routeOptions.config.confirmsToken !== undefined &&
    !(database.replica && isReplicaRoute(request.method, request.routeOptions.url));
  const rateLimit = createRateLimiter(db);
  const account = createAccountService(deps);
  const sessions = createSessionsService(deps);
  const stripe = config.billing ? await createStripe(config.billing) : null;
  const billing = createBillingService({ ...deps, config, stripe });

  registerSecurityHeaders(app, { https: config.baseUrl.startsWith('https:') });
  await app.register(swagger, {
    openapi: {
      info: {
        title: 'Partwise Forge API',
        version: APP_VERSION,
        description: 'Inventory, builds and sales for PC flippers.',
      },
      components: {
        securitySchemes: {
          bearer: {
            type: 'http',
            scheme: 'bearer',
            description: 'A personal API token from the account page',
          },
          cookie: { type: 'apiKey', in: 'cookie', name: 'better-auth.session_token' },
        },
      },
      security: [{ bearer: [] }, { cookie: [] }],
    },
    transform: jsonSchemaTransform,
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs', staticCSP: true });
  app.get('/api/openapi.json', { schema: { hide: true } }, async () => app.swagger());

  await app.register(healthRoutes, { ping: database.ping, draining });
  await app.register(authRoutes, { auth, config, rateLimit, authenticate, account, sessions });
  await app.register(billingPublicRoutes, {
    config,
    webhooks: createWebhookService({ ...deps, config, stripe }),
    prefix: '/api/v1/billing',
  });
  await app.register(
    async (v1) => {
      requireUser(v1, authenticate, { confirmsInStatement });
      await v1.register(accountRoutes, {
        account,
        tokens,
        sessions,
        rateLimit,
        authRateLimit: config.authRateLimit,
      });
      const catalog = createCatalogService(deps);
      const lots = createLotsService(deps);
      const valuation = createValuationService(deps);
      await v1.register(catalogRoutes, { catalog });
      const parts = createPartsService(deps);
      const builds = createBuildsService(deps);
      const compatibility = createCompatibilityService(deps);
      const pnl = createPnlService(deps);
      const analytics = createAnalyticsService(deps);
      await v1.register(partsRoutes, { parts, valuation });
      await v1.register(partsCsvRoutes, { partsCsv: createPartsCsvService(deps) });
      await v1.register(lotsRoutes, { lots });
      await v1.register(buildsRoutes, { builds, compatibility });
      await v1.register(feesRoutes, { fees: createFeesService(deps) });
      const listings = createListingsService(deps);
      await v1.register(listingsRoutes, { listings });
      const sales = createSalesService(deps);
      await v1.register(salesRoutes, { sales, pnl });
      await v1.register(valuationRoutes, { valuation });
      // One model and one gate for every assistant feature: the concurrency limits count them all.
      const model = createChatModel(config.ai);
      const gate = createConcurrencyGate(config.ai.concurrencyPerUser, config.ai.concurrencyPerProcess);
      await v1.register(dealsRoutes, {
        deals: createDealsService({ ...deps, catalog, valuation, lots, config, model, gate }),
      });
      const expenses = createExpensesService(deps);
      await v1.register(expensesRoutes, { expenses });
      await v1.register(sampleDataRoutes, {
        sampleData: createSampleDataService(deps, { parts, lots, builds, listings, sales, expenses }),
      });
      await v1.register(billingRoutes, { billing });
      await v1.register(aiRoutes, { ai: createAiService({ ...deps, config, valuation, model, gate }) });
      const proposals = createChatProposals(deps);
      const tools = createChatTools({ parts, builds, compatibility, catalog, pnl, analytics, proposals });
      await v1.register(chatRoutes, { chat: createChatService({ ...deps, config, model, gate, tools }) });
      await v1.register(buildSuggestionsRoutes, {
        suggestions: createBuildSuggestionsService({ ...deps, config, model, gate }),
      });
      await v1.register(suggestionDecisionRoutes, {
        decisions: createSuggestionDecisions({ ...deps, builds, listings }),
      });
      await v1.register(mileageRoutes, { mileage: createMileageService(deps) });
      await v1.register(analyticsRoutes, { analytics });
      await v1.register(reportsRoutes, { taxYear: createTaxYearService(deps) });
      await v1.register(photosRoutes, {
        photos: createPhotosService({ ...deps, uploadsDir: config.uploadsDir }),
        maxBytes: config.photoMaxBytes,
      });
    },
    { prefix: '/api/v1' },
  );
  await app.register(
    async (adminScope) => {
      requireUser(adminScope, authenticate, { role: 'admin' });
      await adminScope.register(adminRoutes, {
        admin: createAdminService({
          ...deps,
          database,
          config,
          seams: { assistant: () => providerStatus(config.ai) },
        }),
      });
      await adminScope.register(adminAnalyticsRoutes, {
        adminAnalytics: createAdminAnalyticsService(deps, jobs, config),
      });
    },
    { prefix: '/api/v1/admin' },
  );

  await serveWebApp(app, config.webDistDir);
  return app;
}
