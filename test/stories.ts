// Story texts shared by the unit and the real-host suites (written for these tests).

/** A story pasted with no section headings and no labels: five paragraphs, "we" and a vague outcome in them. */
export const NO_SECTIONS_STORY = [
  '# Fixing the flaky deploys',
  '',
  'Our deploys failed about once a day because of a race in the migration step, and we reran them by hand for hours.',
  '',
  'Nobody owned the deploy scripts, so I decided to take it on.',
  '',
  'We went through the logs together. I found the race and added a lock around the migration. I wrote a test that reproduces it.',
  '',
  'Deploys went from one failure a day to none in a month, and it went well.',
  '',
  'I learned to read the deploy logs before blaming the network.',
  '',
].join('\n');
