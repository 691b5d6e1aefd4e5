import { describe, expect, it } from 'vitest';
import { checkEdited } from './fixture.ts';
import { formatProblem } from '../../src/validation/problem.ts';
import { contentWarnings } from '../../src/validation/validate-content.ts';
import { loadContent } from '../../src/lib/load-content.ts';
import { placeMentions } from '../../src/validation/gazetteer.ts';

const NAMES = 'src/data/names/en.yaml';
const PLACES = 'src/data/places.yaml';
const FACTS = 'src/data/facts/sample.yaml';

// The minimal fixture names Almaty and Kazakhstan (a place value) and Russia, Turkey, Iran (actors).
const names = `- { name: Almaty, kind: city }
- { name: Kazakhstan, kind: state }
- { name: Russia, kind: state }
- { name: Turkey, kind: state }
- { name: Iran, kind: state }
- { name: Geneva, kind: city }
- { name: Boris Yeltsin, kind: person }
`;
const entry = (name: string, extra = '') => `- name: ${name}\n  at: { lat: 40, lon: 60 }\n${extra}  gazetteer: { issuer: GeoNames, url: "https://www.geonames.org/1" }\n`;
const places = [entry('Almaty'), entry('Kazakhstan', '  iso: "398"\n'), entry('Russia', '  iso: "643"\n'), entry('Turkey', '  iso: "792"\n'), entry('Iran', '  iso: "364"\n')].join('');
const withGazetteer = (p = places, n = names) => ({ [NAMES]: () => n, [PLACES]: () => p });

describe('gazetteer rules (validateGazetteer)', () => {
  it('accepts a gazetteer that locates every place the fixture names', () => {
    expect(checkEdited(withGazetteer()).messages).toEqual([]);
  });

  it('fails a place value whose name has no gazetteer entry, naming file, item, field, expected and found', () => {
    const { problems } = checkEdited(withGazetteer(places.replace(entry('Almaty'), '')));
    expect(problems).toEqual([
      expect.objectContaining({ file: FACTS, item: 'iran-talks-city', field: 'value.name', expected: expect.stringContaining('gazetteer'), found: '"Almaty", which has none' }),
    ]);
    expect(problems[0]!.line).toBeGreaterThan(1);
  });

  it('fails a place value’s country and a state among actors with no entry, all at once', () => {
    const { messages } = checkEdited(withGazetteer(places.replace(entry('Kazakhstan', '  iso: "398"\n'), '').replace(entry('Turkey', '  iso: "792"\n'), '')));
    expect(messages).toEqual([
      expect.stringMatching(/sample\.yaml:\d+ › guarantors › value\.actors\.1: expected a place with an entry.*found "Turkey"/),
      expect.stringMatching(/sample\.yaml:\d+ › iran-talks-city › value\.country: .*found "Kazakhstan"/),
    ]);
  });

  it('does not ask for a person among actors to be located, nor a name the names table lacks', () => {
    const kinds = new Map([['Russia', 'state'], ['Boris Yeltsin', 'person']] as const);
    const fact = { id: 'f', statement: 'A fact for the test.', topics: ['astana-process'], claim: 'event', value: { kind: 'actors', actors: ['Boris Yeltsin', 'Russia', 'Unknown'] }, citations: [{ source: 's', quote: 'q' }] } as const;
    expect(placeMentions(fact as never, kinds)).toEqual([{ name: 'Russia', field: 'value.actors.1' }]);
  });

  it('reads each source’s claim on a disputed fact', () => {
    const fact = { id: 'f', statement: 'A fact for the test.', topics: ['astana-process'], claim: 'event', disputed: true, citations: [{ source: 's', quote: 'q', value: { kind: 'place', name: 'Almaty' } }, { source: 't', quote: 'q', value: { kind: 'place', name: 'Astana', country: 'Kazakhstan' } }] } as const;
    expect(placeMentions(fact as never, new Map())).toEqual([
      { name: 'Almaty', field: 'citations.0.value.name' },
      { name: 'Astana', field: 'citations.1.value.name' },
      { name: 'Kazakhstan', field: 'citations.1.value.country' },
    ]);
  });

  it('fails an entry the names table does not list as a place, and one listed as a person', () => {
    const { messages } = checkEdited(withGazetteer(places + entry('Atlantis') + entry('Boris Yeltsin')));
    expect(messages).toEqual([
      'src/data/places.yaml:20 › Atlantis › name: expected a name the names table lists as a place (state, city, region, border, site); found "Atlantis", not in the names table',
      'src/data/places.yaml:23 › Boris Yeltsin › name: expected a name the names table lists as a place (state, city, region, border, site); found "Boris Yeltsin", listed as person',
    ]);
  });

  it('fails a state without its shape code, a city without a point, and a duplicate entry', () => {
    const bad = places.replace('  iso: "643"\n', '') + '- name: Geneva\n  gazetteer: { issuer: GeoNames, url: "https://www.geonames.org/2" }\n' + entry('Iran', '  iso: "364"\n');
    expect(checkEdited(withGazetteer(bad)).problems.map((p) => `${p.item} › ${p.field}: ${p.found}`)).toEqual([
      'Russia › iso: nothing',
      'Geneva › at: nothing',
      'Iran › name: a second entry for "Iran"',
    ]);
  });

  it('fails a border whose states are not states of the gazetteer', () => {
    const n = names + '- { name: Kazakh-Russian border, kind: border }\n';
    const p = places + entry('Kazakh-Russian border', '  between: [Kazakhstan, Atlantis]\n');
    expect(checkEdited(withGazetteer(p, n)).messages).toEqual([expect.stringMatching(/Kazakh-Russian border › between\.1: expected a state with its own gazetteer entry; found "Atlantis"/)]);
  });

  it('fails a gazetteer entry with a malformed shape code (schema)', () => {
    const { messages } = checkEdited(withGazetteer(places.replace('iso: "398"', 'iso: "KZ"')));
    expect(messages).toEqual([expect.stringMatching(/places\.yaml:\d+ › Kazakhstan › iso: expected an ISO 3166-1 numeric code of three digits; found "KZ"/)]);
  });

  it('reports an unused entry without failing the build', () => {
    const { problems, content } = checkEdited(withGazetteer(places + entry('Geneva')));
    expect(problems).toEqual([]);
    expect(contentWarnings(content).map(formatProblem)).toEqual([
      'src/data/places.yaml:20 › Geneva › name: expected a place that some fact value names; found no fact names it (remove the entry, or keep it for a fact to come)',
    ]);
  });

  it('skips content that has no gazetteer (the benchmark, fixtures)', () => {
    expect(checkEdited({}).messages).toEqual([]);
  });
});

describe('the course gazetteer', () => {
  const root = new URL('../..', import.meta.url).pathname;
  const { content, problems } = loadContent(root);
  it('loads, and every place the facts name is in it, none unused', () => {
    expect(problems).toEqual([]);
    expect(content.names).not.toBeNull();
    expect(content.places.length).toBeGreaterThan(20);
    expect(contentWarnings(content)).toEqual([]);
  });
  it('counts actors by the names table: states yes, people no', () => {
    const kinds = new Map(content.names!.map((n) => [n.data.name, n.data.kind]));
    const fact = content.facts.find((f) => f.id === 'caucasus-talks-parties')!.data;
    expect(placeMentions(fact, kinds).map((m) => m.name)).toEqual(['Azerbaijan', 'Armenia']);
    const host = content.facts.find((f) => f.id === 'caucasus-talks-host')!.data;
    expect(placeMentions(host, kinds)).toEqual([]);
  });
});
