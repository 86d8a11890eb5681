/**
 * Word knowledge borrowed from compromise's lexicon (no parsing, just its word list): which words
 * are first names, and which are ordinary English words that a capital letter at the start of a
 * sentence does not make a name.
 */
import nlp from "compromise";

export interface WordLexicon {
  /** Lower-case first names ("david", "karoline" is not among them: evidence must come from elsewhere). */
  firstNames: ReadonlySet<string>;
  /** Lower-case ordinary words: prepositions, conjunctions, adverbs, verbs, common nouns. */
  commonWords: ReadonlySet<string>;
}

const NAME_TAGS = new Set(["FirstName", "MaleName", "FemaleName"]);
/** Tags of words that can be names or places: never "common" for our purpose. */
const PROPER_TAGS = new Set([...NAME_TAGS, "LastName", "Person", "City", "Country", "Place", "Region", "ProperNoun", "Organization", "SportsTeam", "Demonym"]);

let cached: WordLexicon | undefined;

/** Built once per process from compromise's model. */
export function wordLexicon(): WordLexicon {
  if (cached) return cached;
  const firstNames = new Set<string>();
  const commonWords = new Set<string>();
  for (const [word, tagValue] of Object.entries(compromiseLexicon())) {
    const tags = Array.isArray(tagValue) ? tagValue : [tagValue];
    if (tags.some((tag) => NAME_TAGS.has(tag))) firstNames.add(word);
    else if (!tags.some((tag) => PROPER_TAGS.has(tag))) commonWords.add(word);
  }
  cached = { firstNames, commonWords };
  return cached;
}

/** compromise types its model as `object`; the lexicon inside maps words to a tag or tags. */
function compromiseLexicon(): Record<string, string | string[]> {
  const model = nlp.model() as { one?: { lexicon?: Record<string, string | string[]> } };
  const lexicon = model.one?.lexicon;
  if (!lexicon) throw new Error("compromise: its model has no lexicon (model().one.lexicon); check the installed version");
  return lexicon;
}

/** Words whose endings mark them as ordinary English (adverbs, gerunds, abstract nouns). */
const COMMON_ENDING = /(?:ly|ing|ings|ed|tion|tions|sion|sions|ment|ments|ness|ity|ities|ance|ence)$/;

/** A sentence-initial capitalised word that is most likely not a name. */
export function isCommonWord(word: string, lexicon: WordLexicon): boolean {
  const lower = word.toLowerCase();
  if (lexicon.firstNames.has(lower)) return false;
  return lexicon.commonWords.has(lower) || COMMON_ENDING.test(lower);
}
