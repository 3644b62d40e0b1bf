import type { AiFeature } from '@partwise/shared';
import type { Config } from '../../config';
import { AppError } from '../../core/errors';
import type { DbOrTx } from '../../db/client';
import { allowance, monthUsage, recordUsage } from '../billing/usage';
import {
  type ChatMessage,
  type ChatModel,
  type ChatResult,
  createConcurrencyGate,
  estimateTokens,
  notConfigured,
} from './provider';

/** Refuses before the call when this month's remaining allowance cannot cover the call's input. */
export async function checkAllowance(
  db: DbOrTx,
  config: Config,
  ownerId: string,
  now: Date,
  estimatedInput: number,
): Promise<void> {
  const [used, { limitTokens }] = await Promise.all([
    monthUsage(db, ownerId, now),
    allowance(db, config, ownerId, now),
  ]);
  if (used.usedTokens + estimatedInput > limitTokens) {
    const resets = used.resetsAt.slice(0, 10);
    throw new AppError(
      'AI_LIMIT_REACHED',
      `This month's assistant allowance is used up (${used.usedTokens} of ${limitTokens} tokens); it starts again on ${resets}. A bigger plan has a larger allowance.`,
      { resetsAt: used.resetsAt },
    );
  }
}

/**
 * One metered model call, the way every assistant feature makes it: the allowance checked against an
 * estimate of the input first (the model is not called when it cannot cover it), the per-user concurrency
 * gate, then the tokens the server reported recorded once under the feature.
 */
export function createMeter({ db, config, model }: { db: DbOrTx; config: Config; model: ChatModel | null }) {
  const gate = createConcurrencyGate(config.ai.concurrencyPerUser);
  return {
    model,
    async call(
      who: { ownerId: string; now: Date },
      feature: AiFeature,
      messages: ChatMessage[],
      signal?: AbortSignal,
    ): Promise<ChatResult> {
      if (!model) throw notConfigured();
      const estimate = estimateTokens(messages.map((m) => m.content).join('\n'));
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
