/**
 * A myth-versus-fact page (`content/myths/<lang>/<slug>.mdx`, "Idées
 * reçues"): the myth, the fact, then the explanation in the body.
 */
import { z } from 'astro/zod';
import { checkReviewDates, reviewShape } from './review.ts';
import { translatedShape } from '../../../core/schema/page-language.ts';

export const myth = z
  .object({
    /** The received idea, as people say it, e.g. "Les troubles psychiques ne se soignent pas". */
    myth: z.string().min(5),
    /** The fact, in one sentence. */
    fact: z.string().min(5),
    /** Short title for lists and the browser tab. */
    title: z.string().min(1).max(90),
    /** Position on the index (smaller first). */
    order: z.number().int().min(0),
    /** For the self-quiz on the index: a statement and whether it is true. */
    quiz: z
      .object({
        /** A statement the reader judges true or false. */
        statement: z.string().min(5),
        /** True when the statement is correct. */
        answer: z.boolean(),
        /**
         * Why the answer is what it is, shown once the reader has answered.
         * The statement's own explanation: the myth's `fact` answers the
         * myth, which is often not what the quiz statement asks.
         */
        explanation: z.string().min(10, 'expected one or two sentences that explain the answer to this statement'),
      })
      .optional(),
    /** Topics; `suicide` requires the 3114 help block at the end. */
    tags: z.array(z.string().min(1)).default([]),
    ...translatedShape,
    ...reviewShape,
  })
  .superRefine(checkReviewDates);
