import type { BenchUser } from './accounts';

/** The product's routes as the workload uses them. */
export const R1_PATH = '/api/v1/parts?status=in_stock&category=gpu&sort=-acquiredAt&page=1&pageSize=50';
export const CREATE_PATH = '/api/v1/parts';
/** R4: the caller's monthly profit for 24 months. */
export const R4_PATH = '/api/v1/analytics/timeseries?granularity=month&from=2024-01-01&to=2025-12-31';
export const partPath = (id: number) => `/api/v1/parts/${id}`;

/** The R3 body of WORKLOAD.md section 5 (never gpu, so R1 stays unchanged). */
export const R3_BODY = {
  name: 'bench part t1-2',
  category: 'cpu',
  condition: 'used',
  costCents: 39255,
  acquiredAt: '2025-06-15',
  source: 'bench',
  notes: 'created by R3',
};

export const bearer = (user: BenchUser) => ({ authorization: `Bearer ${user.token}` });
