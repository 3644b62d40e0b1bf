export {
  acceptableBuild,
  expectedValueOf,
  OPTIMIZER_SLOTS,
  type OptimizerCandidate,
  type OptimizerOption,
  type OptimizerRequest,
  optimizeBuilds,
} from './search';
