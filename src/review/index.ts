// The review step: a reviewer's decisions (a `claimdiff.review/1` file) read, edited and applied
// to comparisons beside the engine's own verdicts, and their corrections exported as pairs.
export { REVIEW_SCHEMA, REVIEW_KINDS, REVIEW_RELATIONS, REVIEW_VERDICTS, ReviewFileError, emptyReview, parseReview, serializeReview, verdictsFor } from './file.js';
export {
  claimTarget,
  figureTarget,
  flagTarget,
  groupTarget,
  markPair,
  pairKey,
  pairTarget,
  setNote,
  setQuantity,
  setRelation,
  toggleVerdict,
  type Reviewer,
  type ReviewTarget,
} from './edit.js';
export { applyReview, applyReviewCorpus, markOf, type ReviewedCorpus } from './apply.js';
export { reviewedPairs, type ReviewedPair } from './export-pairs.js';
