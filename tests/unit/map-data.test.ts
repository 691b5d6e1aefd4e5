import { describe, expect, it } from 'vitest';
import { checkEdited, replaceOnce } from './fixture.ts';
import { buildMapModel } from '../../src/lib/geo/course-map.ts';
import { loadContent } from '../../src/lib/load-content.ts';

const NAMES = 'src/data/names/en.yaml';
const PLACES = 'src/data/places.yaml';
const MAP = 'src/data/map.yaml';
const LESSON = 'lessons/sample-lesson.mdx';

const names = ['Almaty: city', 'Kazakhstan: state', 'Russia: state', 'Turkey: state', 'Iran: state', 'Geneva: city'].map((l) => `- { name: ${l.split(':')[0]}, kind: ${l.split(': ')[1]} }\n`).join('');
const entry = (name: string, extra = '') => `- name: ${name}\n  at: { lat: 43, lon: 76 }\n${extra}  gazetteer: { issuer: GeoNames, url: "https://www.geonames.org/1" }\n`;
const places = [entry('Almaty'), entry('Kazakhstan', '  iso: "398"\n'), entry('Russia', '  iso: "643"\n'), entry('Turkey', '  iso: "792"\n'), entry('Iran', '  iso: "364"\n')].join('');
const map = `roles:
  host: [iran-talks-city]
  sponsor: [guarantors]
talks:
  - id: iran-talks
    title: Talks on Iran's nuclear programme
    short: Iran talks
    at: Almaty
    facts: [iran-talks-city]
`;
// The fixture lesson cites osce-chair-year only; the map's talks need a cited fact, so the lesson cites the city too.
const citeCity = replaceOnce('following a <Term', 'in <Fact id="iran-talks-city" />, following a <Term');
const fixture = (m = map, extra: Record<string, (t: string) => string> = {}) => ({ [NAMES]: () => names, [PLACES]: () => places, [MAP]: () => m, [LESSON]: citeCity, ...extra });

describe('map data rules (validateMapData)', () => {
  it('accepts roles and talks that rest on known, cited facts', () => {
    expect(checkEdited(fixture()).messages).toEqual([]);
  });

  it('fails an unknown role fact and a role fact that names no state', () => {
    const { messages } = checkEdited(fixture(map.replace('sponsor: [guarantors]', 'sponsor: [guarantor, policy-name]')));
    expect(messages).toEqual([
      'src/data/map.yaml:3 › roles.sponsor › 0: expected a known fact id; found "guarantor"',
      'src/data/map.yaml:3 › roles.sponsor › 1: expected a fact whose value names a state (actors, or a place in a state) to be the sponsor; found "policy-name", whose value names none',
    ]);
  });

  it('fails talks at a place the gazetteer lacks, and talks whose fact places them elsewhere', () => {
    const { messages } = checkEdited(fixture(map.replace('at: Almaty', 'at: Geneva')));
    expect(messages).toEqual([
      'src/data/map.yaml:5 › iran-talks › at: expected a place of the gazetteer; found "Geneva"',
      'src/data/map.yaml:5 › iran-talks › facts.0: expected a fact placing the talks at Geneva (or in a state); found "iran-talks-city", which places them at "Almaty"',
    ]);
  });

  it('fails talks that no lesson tells (the mark would link nowhere)', () => {
    const { messages } = checkEdited(fixture(map, { [LESSON]: (t) => t.replace(/<Fact id="iran-talks-city"[^>]*\/>/, 'Almaty') }));
    // (The quiz questions on that fact are then untaught too: another rule's problems.)
    expect(messages).toContain('src/data/map.yaml:5 › iran-talks › facts: expected at least one fact that a lesson cites (the map links to its section); found none cited in any lesson');
  });

  it('fails a malformed map file with its line (schema)', () => {
    const { messages } = checkEdited(fixture(map.replace('short: Iran talks', 'short: Ir')));
    expect(messages).toEqual([expect.stringMatching(/^src\/data\/map\.yaml:7 › map › talks\.0\.short: expected .*3/)]);
  });

  it('builds the model from the facts: correcting a role fact corrects the map', () => {
    const before = checkEdited(fixture());
    expect(buildMapModel(before.content).states.find((s) => s.name === 'Turkey')?.roles).toEqual([{ role: 'sponsor', facts: ['guarantors'] }]);
    const after = checkEdited(fixture(map, { 'src/data/facts/sample.yaml': replaceOnce('actors: [Russia, Turkey, Iran]', 'actors: [Russia, Iran]'), 'quizzes/sample-quiz.yaml': (t) => t.replace(/answers: \[Russia, Turkey, Iran\]/, 'answers: [Russia, Iran]') }));
    expect(buildMapModel(after.content).states.find((s) => s.name === 'Turkey')).toBeUndefined();
    const venue = buildMapModel(after.content).venues[0]!;
    expect(venue).toMatchObject({ place: 'Almaty', hosted: true, talks: [{ id: 'iran-talks', link: { lesson: 'sample-lesson' } }] });
  });
});

describe('the course map model', () => {
  const { content } = loadContent(new URL('../..', import.meta.url).pathname);
  const model = buildMapModel(content);
  it('shades Kazakhstan as host and the Astana sponsors from the facts', () => {
    const roles = (name: string) => model.states.find((s) => s.name === name)?.roles.map((r) => r.role);
    expect(roles('Kazakhstan')).toEqual(['host']);
    expect(roles('Iran')).toEqual(['sponsor']);
    expect(roles('Jordan')).toEqual(['observer']);
    expect(roles('Armenia')).toEqual(['party']);
  });
  it('marks every venue west to east with its talks, dates and a section to link to', () => {
    expect(model.venues.map((v) => [v.place, v.hosted])).toEqual([['Geneva', false], ['Astana', true], ['Almaty', true]]);
    const almaty = model.venues.find((v) => v.place === 'Almaty')!;
    expect(almaty.talks.map((t) => [t.short, t.years, t.dates.map((d) => d.text).join(', ')])).toEqual([
      ['Iran nuclear talks', '2013', 'February 2013, April 2013'],
      ['Armenia–Azerbaijan talks', '2024', '10–11 May 2024'],
    ]);
    for (const v of model.venues) for (const t of v.talks) expect(t.link, t.id).not.toBeNull();
  });
  it('keeps a lesson’s locator to what that lesson tells', () => {
    const osce = buildMapModel(content, { lesson: 'osce-chairmanship-2010' });
    expect(osce.venues.map((v) => v.place)).toEqual(['Astana']);
    expect(osce.states.map((s) => s.name)).toEqual(['Kazakhstan', 'Kyrgyzstan']);
  });
});
