import type { RuleDocs, RuleTips } from './types';

// The words of `invalid-front-matter` and `unknown-principle`: their tips (hovers, the coach panel) and the prose of
// their pages in docs/rules/, which `npm run docs` writes. See docs/ARCHITECTURE.md, "Adding a rule".

export const tips: RuleTips = {
  'invalid-front-matter': {
    title: 'The story header cannot be read',
    hears: 'This one is about the file, not the interviewer: the header between the --- lines is not valid, so coaching for your principle and level is off.',
    instead: 'Write one "key: value" per line: question, principle (one name or a list) and level (sde1, sde2, senior or principal).',
    weak: 'level = Senior SDE',
    strong: 'level: senior',
  },
  'unknown-principle': {
    title: 'Unknown Leadership Principle',
    hears: 'The tool cannot match this to one of the 16 principles, so the principle-specific advice and likely follow-up questions are missing for this story.',
    instead: 'Use the principle\'s name as Amazon writes it, such as "Bias for Action" or "Dive Deep"; a list is fine. Check the suggested spelling.',
    weak: 'principle: Customer Obsesion',
    strong: 'principle: Customer Obsession',
  },
};

export const docs: RuleDocs = {
  'invalid-front-matter': {
    description: 'Front matter that is not valid YAML, or a key with a value of the wrong kind.',
    aboutTheFile: true,
    severity: 'error for YAML that cannot be read or a value of the wrong kind; a hint for an unknown key.',
    flags: [
      'Front matter (between the opening and closing `---`) that is not valid YAML.',
      'A key with a value of the wrong kind, such as a `level` other than sde1, sde2, senior or principal. Reported on that key or value, not on the first line.',
      'Unknown keys, as a hint. Keys such as `company`, `role`, `tags` and `date` are allowed.',
    ],
    why: 'This one is about the file, not the interview: the front matter tells the coach which principle and level to coach for. When it cannot be read, the level and principle fall back to the defaults.',
  },
  'unknown-principle': {
    description: 'A principle that is not one of Amazon\'s 16 Leadership Principles.',
    aboutTheFile: true,
    flags: ['A `principle` (or `principles`) value, or a `principle=` in a story\'s override comment, that matches none of Amazon\'s 16 Leadership Principles. The message suggests the nearest name.'],
    why: 'The coach panel\'s advice on what to stress and the likely follow-up questions depend on the principle. With an unknown name the story gets only the general coaching.',
  },
};
