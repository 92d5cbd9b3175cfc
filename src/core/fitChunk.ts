// Principle fit as one unit: the profiles of the 16 principles, their detectors and the story-kind
// reader. The Node extension loads it as a chunk of its own (dist/fit.js) on the first check, so
// that activation does not parse ~45 KB of patterns it may not need yet (see fitPackage.ts).
export { judgedFit, principleFit, shiftFit, suggestPrinciples } from './principleFit';
export { storyKinds, type StoryKind } from './storyKind';
export { PRINCIPLE_PROFILES, principleProfile } from './coaching/principleProfiles';
export { missingScopeBoundaryCheck, ownedNarration, ownsHandOff, principleFitCheck, reflectionNotSystemicCheck } from './kindAware';
export { delegatedHandOffs, figureNamed, groupWe, lastingInWords, narratedHedge, notAnOutcome, notDoubt, restatedLesson, roleTold, thingEscalated, toldAsItWas } from './narration';
export { readActionSteps } from './stepReading';
export { weInsteadOfICheck } from './weReading';
export { vagueOutcomeCheck } from './outcomeReading';
export { passiveActionCheck } from './passiveReading';
export { genericReflectionCheck } from './reflectionReading';
export { sectionTargetSeconds, splitTarget } from './coaching/sectionTargets';
export { principleEdit } from './principleEdit';
