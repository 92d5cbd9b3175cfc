import type { RuleDocs, RuleTips } from './types';

// The words of `binary-file` and `rule-error`: their tips (hovers, the coach panel) and the prose of
// their pages in docs/rules/, which `npm run docs` writes. See docs/ARCHITECTURE.md, "Adding a rule".

export const tips: RuleTips = {
  'binary-file': {
    title: 'This is not a text file',
    hears: 'Nothing to do with your story: the file holds binary data, so there is no text to check.',
    instead: 'Keep stories as plain Markdown saved as UTF-8 in a *.star.md file. If you copied from a word processor, paste as plain text.',
    weak: 'A .docx export renamed to story.star.md.',
    strong: 'onboarding-backlog.star.md, saved as UTF-8 text.',
  },
  'rule-error': {
    title: 'The checker failed on this story',
    hears: 'This is the tool\'s fault, not yours: one of its rules crashed while reading the story. It says nothing about your draft.',
    instead: 'The other rules still ran. Please report it with the smallest part of the text that triggers it; meanwhile you can turn that rule off for this file.',
    weak: 'Rewriting a good paragraph just to make the error go away.',
    strong: 'Reporting the crash with the paragraph that triggers it and carrying on with the draft.',
  },
};

export const docs: RuleDocs = {
  'binary-file': {
    description: 'The file is not text (binary content): nothing in it can be checked.',
    aboutTheFile: true,
    flags: ['A file whose content is binary (for example, a word processor document renamed to `.star.md`). No other rule runs on it.'],
    why: 'There is no text to coach. Stories need to be plain text so the editor, the coach and version control can all read them.',
    notes: 'Suppression comments cannot apply to a binary file; use the setting or `.starrc.yaml` to turn the rule off.',
  },
  'rule-error': {
    description: "A rule failed on this text. It is the tool's fault, not yours: the other rules still ran.",
    aboutTheFile: true,
    flags: ['A rule that threw an error while checking a story. The error is reported once, on the story title, and every other rule still runs.'],
    why: 'This is a fault in the checker, not in your story. It is reported so that a broken rule is never mistaken for a clean story.',
    notes: 'Rather than turning `rule-error` off, turn off the rule named in the message until it is fixed, and please report the text that triggers it.',
  },
};
