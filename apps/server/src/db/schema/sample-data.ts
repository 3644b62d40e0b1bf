import { bigint, check, pgTable, primaryKey, text } from 'drizzle-orm/pg-core';
import { ownerId } from './accounts';
import { oneOf } from './columns';

export const SAMPLE_ENTITIES = ['workshop', 'part', 'lot', 'build', 'listing', 'sale', 'expense'] as const;
export type SampleEntity = (typeof SAMPLE_ENTITIES)[number];

/**
 * The records a sample workshop put into an account, so that one click removes exactly them. The row
 * ('workshop', 0) says a sample is loaded: its primary key lets only one load in at a time.
 */
export const sampleRecord = pgTable(
  'sample_record',
  {
    ownerId: ownerId(),
    entity: text('entity').$type<SampleEntity>().notNull(),
    entityId: bigint('entity_id', { mode: 'number' }).notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.ownerId, t.entity, t.entityId] }),
    check('sample_record_entity_valid', oneOf(t.entity, SAMPLE_ENTITIES)),
  ],
);
