import { describe, expect, it } from 'vitest';
import { emptyProgress, parseProgress, PROGRESS_VERSION, type Progress } from '../../src/stores/progress-format.ts';
import { createSafeStorage } from '../../src/stores/safe-storage.ts';

const attempt = { seed: 1, questionIds: ['a', 'b'], answers: { a: { type: 'true-false', value: true } }, checked: ['a'], position: 1, feedback: 'immediate', startedAt: 1, finishedAt: null };
const valid: Progress = {
  version: PROGRESS_VERSION,
  quizzes: { quiz1: { best: { correct: 1, total: 2 }, attempts: [{ finishedAt: 2, correct: 1, total: 2, missed: ['b'] }], current: attempt as never, last: null } },
  review: { b: { box: 1, due: 2 } },
};

describe('parseProgress', () => {
  it('reads valid progress unchanged', () => {
    expect(parseProgress(JSON.stringify(valid))).toEqual({ progress: valid, problem: null });
  });
  it('starts empty, without a problem, when nothing is stored', () => {
    expect(parseProgress(null)).toEqual({ progress: emptyProgress(), problem: null });
  });
  it('reports corrupt JSON', () => {
    expect(parseProgress('{"version":1,"quizzes":')).toEqual({ progress: emptyProgress(), problem: 'corrupt' });
  });
  it('reports foreign data: another app’s value, an array, a string', () => {
    expect(parseProgress('"hello"').problem).toBe('foreign');
    expect(parseProgress('[1,2]').problem).toBe('foreign');
    expect(parseProgress('{"theme":"dark"}').problem).toBe('foreign');
  });
  it('does not touch data from a newer version', () => {
    expect(parseProgress('{"version":9,"quizzes":{}}')).toEqual({ progress: emptyProgress(), problem: 'newer' });
  });
  it('keeps the valid quizzes when one entry is damaged', () => {
    const damaged = { ...valid, quizzes: { ...valid.quizzes, quiz2: { best: 'lots', attempts: [] } } };
    const { progress, problem } = parseProgress(JSON.stringify(damaged));
    expect(problem).toBe('partial');
    expect(progress.quizzes).toEqual(valid.quizzes);
    expect(progress.review).toEqual(valid.review);
  });
  it('reports a quiz whose saved answer is damaged as partial, keeping the rest', () => {
    const bad = { ...valid, quizzes: { quiz1: { ...valid.quizzes.quiz1, current: { ...attempt, answers: { a: { type: 'numeric', value: 'x' } } } } } };
    expect(parseProgress(JSON.stringify(bad)).problem).toBe('partial');
  });
  it('migrates version 0 best percentages', () => {
    const { progress, problem } = parseProgress('{"best":{"astana-process":75}}');
    expect(problem).toBe('migrated');
    expect(progress.quizzes['astana-process']!.best).toEqual({ correct: 75, total: 100 });
  });
});

describe('createSafeStorage', () => {
  function fakeStorage(failWith?: string): Storage {
    const data = new Map<string, string>();
    return {
      getItem: (k: string) => data.get(k) ?? null,
      setItem: (k: string, v: string) => {
        if (failWith) throw new DOMException('no room', failWith);
        data.set(k, v);
      },
      removeItem: (k: string) => void data.delete(k),
      clear: () => data.clear(),
      key: () => null,
      length: 0,
    } as Storage;
  }

  it('writes through to storage when it works', () => {
    const backing = fakeStorage();
    const store = createSafeStorage(() => backing, () => {});
    store.k = 'v';
    expect(backing.getItem('k')).toBe('v');
    expect('k' in store).toBe(true);
  });
  it('keeps the value in memory and reports once when storage is full', () => {
    const failures: string[] = [];
    const store = createSafeStorage(() => fakeStorage('QuotaExceededError'), (r) => failures.push(r));
    store.k = 'one';
    store.k = 'two';
    expect(store.k).toBe('two');
    expect(failures).toEqual(['full']);
  });
  it('works in memory when storage is blocked entirely', () => {
    const failures: string[] = [];
    const store = createSafeStorage(() => {
      throw new DOMException('denied', 'SecurityError');
    }, (r) => failures.push(r));
    expect(store.k).toBeUndefined();
    store.k = 'v';
    expect(store.k).toBe('v');
    expect(failures).toEqual(['blocked']);
  });
});
