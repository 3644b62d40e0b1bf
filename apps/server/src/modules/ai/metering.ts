import type { AiFeature } from '@partwise/shared';
import type { Config } from '../../config';
import type { DbOrTx } from '../../db/client';
import { recordUsage } from '../billing/usage';
import { checkAllowance } from './allowance';
import {
  type ChatMessage,
  type ChatModel,
  type ChatResult,
  type ConcurrencyGate,
  notConfigured,
} from './provider';
import { countMessageTokens } from './tokens';

/**
 * One metered model call, the way every assistant feature makes it: the allowance checked against an
 * estimate of the input first (the model is not called when it cannot cover it), the per-user concurrency
 * gate, then the tokens the server reported recorded once under the feature.
 */
export function createMeter({
  db,
  config,
  model,
  gate,
}: {
  db: DbOrTx;
  config: Config;
  model: ChatModel | null;
  /** The app's one gate: the concurrency limits count every assistant feature's calls together. */
  gate: ConcurrencyGate;
}) {
  return {
    model,
    async call(
      who: { ownerId: string; now: Date },
      feature: AiFeature,
      messages: ChatMessage[],
      signal?: AbortSignal,
    ): Promise<ChatResult> {
      if (!model) throw notConfigured();
      const estimate = await countMessageTokens(messages);
      await checkAllowance(db, config, who.ownerId, who.now, estimate);
      const result = await gate(who.ownerId, () => model.chat(messages, signal));
      await recordUsage(
        db,
        {
          ownerId: who.ownerId,
          feature,
          model: model.model,
          inputTokens: result.inputTokens,
          outputTokens: result.outputTokens,
          estimated: result.estimated,
        },
        who.now,
      );
      return result;
    },
  };
}

export type Meter = ReturnType<typeof createMeter>;
