export type { FollowUp, LevelGuide, LevelTarget, PhraseListName, PhraseLists, PrincipleGuidance, PrincipleGuide, PrincipleName, SectionGuide, Tip } from './types';
export { TIPS, getTip } from './tips';
export { SECTION_GUIDES } from './sections';
export { PRINCIPLE_NAMES, findPrinciple, normalizePrincipleName, suggestPrinciple } from './principleNames';
export { PRINCIPLES } from './principles';
export { LEVEL_TARGETS, SENIOR_SECTION_SECONDS } from './levelTargets';
export { sectionTargetSeconds, splitTarget } from './sectionTargets';
export { LEVEL_GUIDES } from './levels';
export { PHRASES } from './phrases';
