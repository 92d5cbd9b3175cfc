import * as assert from 'assert';
import { formatSeconds } from '../../../src/core/timing';
import { escapeMarkdown, formatBytes, formatTiming, issueCount, statusFor, summarize } from '../../../src/extension/format';
import type { CheckResult, Finding, Severity, StoryFile, StoryMetrics } from '../../../src/core/types';

function finding(severity: Severity, storyIndex = 0, start = 0): Finding {
  return { ruleId: 'hedging', severity, message: 'm', start, end: start + 1, sectionKind: 'action', storyIndex, tipId: 'hedging' };
}

function story(index: number, seconds: number, start: number, end: number): StoryMetrics {
  return {
    index,
    title: `Story ${index}`,
    start,
    end,
    principles: [],
    level: 'sde2',
    words: 100,
    seconds,
    targetSeconds: 120,
    sections: [],
    checklist: {
      scopeBoundary: false,
      firstPersonActions: false,
      actionSteps: 0,
      measuredResult: false,
      businessImpact: false,
      widerEffect: false,
      specificReflection: false,
    },
    principleFit: [],
    suggestedPrinciples: [],
  };
}

describe('extension/format', () => {
  it('formats seconds as m:ss, rounding and clamping', () => {
    assert.strictEqual(formatSeconds(0), '0:00');
    assert.strictEqual(formatSeconds(9.4), '0:09');
    assert.strictEqual(formatSeconds(59.6), '1:00');
    assert.strictEqual(formatSeconds(130), '2:10');
    assert.strictEqual(formatSeconds(3601), '60:01');
    assert.strictEqual(formatSeconds(-5), '0:00');
    assert.strictEqual(formatSeconds(Number.NaN), '0:00');
  });

  it('formats a timing against its target, or alone without one', () => {
    assert.strictEqual(formatTiming(24, 30), '0:24 / 0:30');
    assert.strictEqual(formatTiming(24, 0), '0:24');
  });

  it('formats sizes', () => {
    assert.strictEqual(formatBytes(5 * 1024 * 1024), '5 MB');
    assert.strictEqual(formatBytes(1536), '1.5 KB');
  });

  it('summarises a check in one line with plural forms and the estimated time', () => {
    const one: CheckResult = { findings: [finding('warning'), finding('warning'), finding('info')], stories: [story(0, 130, 0, 10)] };
    assert.strictEqual(summarize(one), 'STAR: 1 story, 2 warnings, 1 info — est. 2:10');
    const two: CheckResult = { findings: [finding('error')], stories: [story(0, 100, 0, 10), story(1, 150, 10, 20)] };
    assert.strictEqual(summarize(two), 'STAR: 2 stories, 1 error — est. 1:40–2:30 per story');
    assert.strictEqual(summarize({ findings: [], stories: [] }), 'STAR: 0 stories, no issues');
  });

  it('counts issues without hints', () => {
    assert.strictEqual(issueCount({ findings: [finding('hint'), finding('info'), finding('error')], stories: [] }), 2);
  });

  it('escapes every Markdown control character and line break in document text', () => {
    const nasty = '[link](command:evil) *bold* `code` <img src=x> # h\n| t | $(icon) _u_ ~s~ !';
    const escaped = escapeMarkdown(nasty);
    assert.ok(!/\n/.test(escaped));
    // Every punctuation character is preceded by a backslash.
    for (let i = 0; i < escaped.length; i++) {
      if (/[!-/:-@[-`{-~]/.test(escaped[i]) && escaped[i] !== '\\') assert.strictEqual(escaped[i - 1], '\\', `unescaped ${escaped[i]} at ${i}`);
    }
    assert.strictEqual(escaped.replace(/\\(.)/g, '$1'), nasty.replace('\n', ' '));
  });

  it('shows the status of the story under the cursor', () => {
    const file = { stories: [{ start: 0 }, { start: 50 }] } as unknown as StoryFile;
    const result: CheckResult = {
      findings: [finding('warning', 0, 5), finding('hint', 1, 60), finding('info', 1, 61), finding('error', 1, 70)],
      stories: [story(0, 130, 0, 50), story(1, 65, 50, 100)],
    };
    assert.deepStrictEqual(statusFor({ file, result }, 10)?.text, '$(mic) 2:10 · 1');
    const second = statusFor({ file, result }, 75);
    assert.strictEqual(second?.text, '$(mic) 1:05 · 2');
    assert.match(second?.tooltip ?? '', /^Story 2 of 2: estimated 1:05 spoken \(target 2:00\), 2 issues\./);
    assert.strictEqual(statusFor({ file: { stories: [] } as unknown as StoryFile, result: { findings: [], stories: [] } }, 0), undefined);
  });
});
