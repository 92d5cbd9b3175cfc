export type { FollowUp, LevelGuide, PhraseListName, PhraseLists, PrincipleGuide, SectionGuide, Tip } from './types';
export { TIPS, getTip } from './tips';
export { SECTION_GUIDES } from './sections';
export { PRINCIPLES, findPrinciple, normalizePrincipleName, suggestPrinciple } from './principles';
export { LEVEL_GUIDES } from './levels';
export { PHRASES } from './phrases';
